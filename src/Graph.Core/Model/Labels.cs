namespace Graph.Core.Model;

/// <summary>Node labels of the graph model (DESIGN.md, "Graph model").</summary>
public static class Labels
{
    public const string Source = "Source";
    public const string Person = "Person";
    public const string Organization = "Organization";
    public const string Thesis = "Thesis";
    public const string Tool = "Tool";
    public const string Show = "Show";
    public const string Quote = "Quote";
    public const string Practice = "Practice";
    public const string Question = "Question";

    /// <summary>
    /// A wiki page's bookkeeping node (path, content hash, import key): <c>(Page)-[:DESCRIBES]->(Source)</c>. Not part of
    /// the graph model's <see cref="All"/>: it records where facts came from, it is not a thing the wiki is about.
    /// </summary>
    public const string Page = "Page";

    public static IReadOnlyList<string> All { get; } = [Source, Person, Organization, Thesis, Tool, Show, Quote, Practice, Question];
}
