using System.Collections.Immutable;

namespace Graph.Cypher.Storage;

/// <summary>
/// What finding nodes by Label.property needs, from a published <see cref="GraphState"/> or from a write
/// transaction's working <see cref="GraphStateBuilder"/>, so both answer <see cref="FindNodes"/> the same way.
/// </summary>
internal interface INodeLookup
{
    ImmutableArray<PropertyIndex> Indexes { get; }

    /// <summary>Ascending; empty when no node has the label.</summary>
    IdTree NodeIdsWithLabel(string label);

    /// <summary>The node with this id, which must exist (ids come from the label sets and indexes).</summary>
    NodeRecord NodeOf(long id);

    /// <summary>
    /// Nodes with the label whose property equals the value (Cypher equality: 1 = 1.0, lists element-wise;
    /// null and NaN equal nothing), in id order. Uses an index when one exists, else scans the label. Lazy: over a
    /// builder, enumerate it before the next write.
    /// </summary>
    public static IEnumerable<NodeRecord> FindNodes(INodeLookup graph, string label, string property, object value)
    {
        var key = PropertyValues.KeyOf(value);
        if (key is null)
        {
            yield break;
        }
        if (GraphState.FindIndex(graph.Indexes, label, property) is { } index)
        {
            if (index.TryLookup(key, out var ids))
            {
                foreach (var id in ids)
                {
                    yield return graph.NodeOf(id);
                }
            }
            yield break;
        }
        foreach (var id in graph.NodeIdsWithLabel(label))
        {
            var node = graph.NodeOf(id);
            if (node.Properties.TryGetValue(property, out var stored) && key.Equals(PropertyValues.KeyOf(stored)))
            {
                yield return node;
            }
        }
    }
}
