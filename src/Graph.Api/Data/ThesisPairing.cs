namespace Graph.Api.Data;

/// <summary>
/// A thesis that pairs with the one asked about, who holds it, and every sentence (page, line) that pairs them: the
/// same pairing written on two pages is one answer with two pieces of evidence. The first, in page and line order, is
/// also given flat (Evidence, Page, Line...), as the answer carried before several were kept.
/// </summary>
internal sealed record ThesisPairing(GraphEntity Thesis, IReadOnlyList<GraphEntity> HeldBy, IReadOnlyList<FactEvidence> AllEvidence)
{
    private FactEvidence? First => AllEvidence.Count > 0 ? AllEvidence[0] : null;

    public string? Evidence => First?.Sentence;

    public string? Page => First?.Page;

    public long? Line => First?.Line;

    /// <summary>The extraction rule that paired them, when the importer recorded it.</summary>
    public string? Rule => First?.Rule;

    /// <summary>How sure that rule is, 0..1, when recorded.</summary>
    public double? Confidence => First?.Confidence;
}

/// <summary>One place the wiki states a fact: the sentence, its page, line and section, and the rule that read it.</summary>
internal sealed record FactEvidence(string? Sentence, string? Page, long? Line, string? Section, string? Rule, double? Confidence);
