namespace Graph.Cypher.Storage;

/// <summary>
/// One property of every node of a committed snapshot, as stored, in an array indexed by node id (null where a node
/// lacks it). Reading <c>t.name</c> through the record is a walk down the record trie, then the record, its property
/// map and its keys: four or five cache misses. Here it is one read of an array (8 bytes per node id).
/// </summary>
internal sealed class PropertyColumn
{
    private readonly object?[] _values;

    private PropertyColumn(object?[] values) => _values = values;

    /// <summary>The column of the state; null when its node ids do not fit one array.</summary>
    public static PropertyColumn? Build(GraphState state, string property)
    {
        if (state.NextNodeId > Array.MaxLength)
        {
            return null;
        }
        var values = new object?[state.NextNodeId];
        foreach (var node in state.Nodes.Values)
        {
            if (node.Properties.TryGetValue(property, out var value))
            {
                values[node.Id] = value;
            }
        }
        return new PropertyColumn(values);
    }

    /// <summary>The stored value, or null when the node lacks the property or does not exist.</summary>
    public object? this[long id] => (ulong)id < (ulong)_values.Length ? _values[id] : null;
}
