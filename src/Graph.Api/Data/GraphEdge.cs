using Graph.Core.Cypher;

namespace Graph.Api.Data;

/// <summary>A relationship as drawn: its id, type, the ids of the nodes it points from and to, and its provenance.</summary>
internal sealed record GraphEdge(string Id, string Type, string From, string To, IReadOnlyDictionary<string, object?> Properties)
{
    public string? Text(string key) => Properties.TryGetValue(key, out var value) ? value switch
    {
        null => null,
        string s => s,
        _ => CypherValueText.Format(value),
    } : null;

    public long? Line => Properties.TryGetValue("line", out var value) && value is long line ? line : null;

    /// <summary>The edge of a relationship whose ends are known by element id.</summary>
    public static GraphEdge? Of(CypherRelationship relationship, IReadOnlyDictionary<string, string> idOfElement) =>
        idOfElement.TryGetValue(relationship.StartElementId, out var from) && idOfElement.TryGetValue(relationship.EndElementId, out var to)
            ? new GraphEdge(relationship.ElementId, relationship.Type, from, to, relationship.Properties)
            : null;
}

/// <summary>Nodes and the relationships among them, ready to draw.</summary>
internal sealed record GraphView(IReadOnlyList<GraphEntity> Nodes, IReadOnlyList<GraphEdge> Edges);

/// <summary>A source reached from another along RELATED_TO, and in how many hops.</summary>
internal sealed record RelatedSource(GraphEntity Source, long Distance);
