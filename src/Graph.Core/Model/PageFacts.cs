namespace Graph.Core.Model;

/// <summary>Where a relationship came from: the wiki page, its section, the 1-based line and the sentence.</summary>
public sealed record Provenance(string Page, string Section, int Line, string Evidence);

/// <summary>
/// A node a page asserts. Properties are merged onto the node with the same <see cref="Id"/>. <see cref="Rule"/> and
/// <see cref="Confidence"/> say why this page found it (shown by --explain); they stay off the stored node, which other
/// pages share, and travel on the page's relationships instead.
/// </summary>
public sealed record NodeFact(string Label, string Id, IReadOnlyDictionary<string, object?> Properties, string? Rule = null, double? Confidence = null);

/// <summary>A relationship a page asserts, with the sentence it came from.</summary>
public sealed record RelationshipFact(
    string Type,
    string FromLabel,
    string FromId,
    string ToLabel,
    string ToId,
    Provenance Provenance,
    IReadOnlyDictionary<string, object?> Properties);

/// <summary>
/// Everything one page contributes to the graph. A page owns its relationships:
/// re-importing it replaces exactly these.
/// </summary>
public sealed record PageFacts(
    string Page,
    string ContentHash,
    IReadOnlyList<NodeFact> Nodes,
    IReadOnlyList<RelationshipFact> Relationships);
