namespace Graph.Api.Data;

/// <summary>A thesis that pairs with the one asked about, who holds it, and the sentence (with page and line) that pairs them.</summary>
internal sealed record ThesisPairing(GraphEntity Thesis, IReadOnlyList<GraphEntity> HeldBy, string? Evidence, string? Page, long? Line)
{
    /// <summary>The extraction rule that paired them, when the importer recorded it.</summary>
    public string? Rule { get; init; }

    /// <summary>How sure that rule is, 0..1, when recorded.</summary>
    public double? Confidence { get; init; }
}
