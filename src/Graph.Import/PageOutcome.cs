namespace Graph.Import;

/// <summary>The result for one page: its path relative to the wiki root, and how many facts it holds now.</summary>
public sealed record PageOutcome(string Page, PageStatus Status, int Nodes, int Relationships, PageError? Error);
