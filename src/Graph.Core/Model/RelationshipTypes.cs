namespace Graph.Core.Model;

/// <summary>Relationship types of the graph model; direction as in DESIGN.md.</summary>
public static class RelationshipTypes
{
    /// <summary>(Person)-[:APPEARS_IN {role}]->(Source)</summary>
    public const string AppearsIn = "APPEARS_IN";

    /// <summary>(Source)-[:PUBLISHED_ON]->(Show)</summary>
    public const string PublishedOn = "PUBLISHED_ON";

    /// <summary>(Source)-[:CLAIMS]->(Thesis)</summary>
    public const string Claims = "CLAIMS";

    /// <summary>(Person)-[:HOLDS]->(Thesis)</summary>
    public const string Holds = "HOLDS";

    /// <summary>(Thesis)-[:PAIRS_WITH]-(Thesis), symmetric: stored once, queried undirected.</summary>
    public const string PairsWith = "PAIRS_WITH";

    /// <summary>(Thesis)-[:CONTRASTS_WITH]->(Thesis)</summary>
    public const string ContrastsWith = "CONTRASTS_WITH";

    /// <summary>(Source)-[:MENTIONS]->(Tool)</summary>
    public const string Mentions = "MENTIONS";

    /// <summary>(Person)-[:BUILDS]->(Tool)</summary>
    public const string Builds = "BUILDS";

    /// <summary>(Source)-[:RELATED_TO]->(Source)</summary>
    public const string RelatedTo = "RELATED_TO";

    /// <summary>(Person)-[:SAID]->(Quote)</summary>
    public const string Said = "SAID";

    /// <summary>(Quote)-[:FROM]->(Source)</summary>
    public const string From = "FROM";

    /// <summary>(Quote)-[:SUPPORTS]->(Thesis)</summary>
    public const string Supports = "SUPPORTS";

    /// <summary>(Source)-[:SUGGESTS]->(Practice)</summary>
    public const string Suggests = "SUGGESTS";

    /// <summary>(Source)-[:ASKS]->(Question)</summary>
    public const string Asks = "ASKS";

    /// <summary>(Person)-[:WORKS_AT {role}]->(Organization)</summary>
    public const string WorksAt = "WORKS_AT";

    /// <summary>(Organization)-[:MAKES]->(Tool)</summary>
    public const string Makes = "MAKES";

    /// <summary>(Page)-[:DESCRIBES]->(Source): the pages that describe a source (several pages may describe one).</summary>
    public const string Describes = "DESCRIBES";

    public static IReadOnlyList<string> All { get; } =
        [AppearsIn, PublishedOn, Claims, Holds, PairsWith, ContrastsWith, Mentions, Builds, RelatedTo, Said, From, Supports, Suggests, Asks, WorksAt, Makes, Describes];
}
