namespace Graph.Api.Data;

/// <summary>
/// The nodes of <see cref="Hop"/>'s label that reach the most distinct nodes along it (tools by the sources that mention
/// them...), most first, ties by name then id; nodes that reach none are left out. At most <see cref="Take"/> of them.
/// </summary>
internal sealed record TopNodesQuery(GraphHop Hop, int Take)
{
    /// <summary>Label, type and name property are the model's constants; the size of the list is the $take parameter.</summary>
    public string Statement =>
        $"MATCH (n:{Hop.FromLabel}){Hop.Pattern}(far:{Hop.ToLabel}) " +
        $"RETURN n, count(DISTINCT far) AS related ORDER BY related DESC, n.{NodeCatalog.For(Hop.FromLabel).NameProperty}, n.id LIMIT $take";

    public Dictionary<string, object?> Parameters => new(StringComparer.Ordinal) { ["take"] = (long)Take };
}

/// <summary>A node and how many distinct nodes it reaches along the relationship a top list ranks by.</summary>
internal sealed record NodeCount(GraphEntity Node, long Count);
