namespace Graph.Api.Data;

/// <summary>
/// One relationship field of the API: from nodes of <see cref="FromLabel"/> along <see cref="Type"/> in a direction
/// to nodes of <see cref="ToLabel"/>. Its batch statement fetches the far ends for many starting ids at once.
/// </summary>
internal sealed record GraphHop(string Name, string FromLabel, string Type, HopDirection Direction, string ToLabel)
{
    /// <summary>Labels and type are the model's constants, never user input; ids arrive as the $ids parameter.</summary>
    public string Statement { get; } =
        $"UNWIND $ids AS id MATCH (n:{FromLabel} {{id: id}}){PatternOf(Type, Direction)}(m:{ToLabel}) RETURN DISTINCT id, m";

    /// <summary>The field's name on its type: mentionedIn for Tool.mentionedIn.</summary>
    public string Field => Name[(Name.IndexOf('.', StringComparison.Ordinal) + 1)..];

    /// <summary>The relationship part of the pattern, e.g. -[:CLAIMS]->.</summary>
    public string Pattern => PatternOf(Type, Direction);

    private static string PatternOf(string type, HopDirection direction) => direction switch
    {
        HopDirection.Outgoing => $"-[:{type}]->",
        HopDirection.Incoming => $"<-[:{type}]-",
        _ => $"-[:{type}]-",
    };
}

internal enum HopDirection
{
    Outgoing,
    Incoming,

    /// <summary>Symmetric relationships (PAIRS_WITH) and ones read both ways (RELATED_TO, CONTRASTS_WITH).</summary>
    Either,
}
