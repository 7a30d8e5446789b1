using Graph.Core.Cypher;

namespace Graph.Api.Data;

/// <summary>One relationship seen from one of its ends: its type, which way it points, the node at the other end, and its properties (page, section, line, evidence, role...).</summary>
internal sealed record GraphLink(string Id, string Type, bool Outgoing, GraphEntity Other, IReadOnlyDictionary<string, object?> Properties)
{
    public string? Text(string key) => Properties.TryGetValue(key, out var value) ? value switch
    {
        null => null,
        string s => s,
        _ => CypherValueText.Format(value),
    } : null;

    /// <summary>This relationship as an edge, given the id of the node it was seen from.</summary>
    public GraphEdge ToEdge(string seenFrom) =>
        new(Id, Type, Outgoing ? seenFrom : Other.Id, Outgoing ? Other.Id : seenFrom, Properties);

    public long? Line => Properties.TryGetValue("line", out var value) && value is long line ? line : null;
}
