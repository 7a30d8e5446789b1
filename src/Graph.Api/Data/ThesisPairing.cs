namespace Graph.Api.Data;

/// <summary>A thesis that pairs with the one asked about, who holds it, and the sentence (with page and line) that pairs them.</summary>
internal sealed record ThesisPairing(GraphEntity Thesis, IReadOnlyList<GraphEntity> HeldBy, string? Evidence, string? Page, long? Line);
