namespace Graph.Import;

/// <summary>Reported after each page: how many of the pages are done and which one was just handled.</summary>
public sealed record ImportProgress(int Done, int Total, string CurrentPage);
