namespace Graph.Import.Parsing;

/// <summary>
/// A section of a page: its display name (used in provenance), kind, heading line and blocks in order.
/// <see cref="PointsRule"/> names the rule that read it as points when no heading called it that.
/// </summary>
internal sealed record PageSection(string Name, SectionKind Kind, int Line, IReadOnlyList<PageBlock> Blocks, string? PointsRule = null);
