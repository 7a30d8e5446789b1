namespace Graph.Import;

/// <summary>The result for one page: its path relative to the wiki root, and how many facts this import wrote for it (none when unchanged, removed or failed).</summary>
public sealed record PageOutcome(string Page, PageStatus Status, int Nodes, int Relationships, PageError? Error);
