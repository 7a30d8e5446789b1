namespace Graph.Cypher.Storage;

/// <summary>An immutable index of Label.Property: normalized value key (see <see cref="PropertyValues.KeyOf"/>) to node ids.</summary>
internal sealed class PropertyIndex
{
    private PropertyIndex(IndexDefinition definition, IndexMap entries)
    {
        Definition = definition;
        Entries = entries;
    }

    public IndexDefinition Definition { get; }

    public IndexMap Entries { get; }

    public static PropertyIndex CreateEmpty(IndexDefinition definition) => new(definition, IndexMap.Empty);

    /// <summary>Whether the node belongs in this index, and under which key.</summary>
    public bool TryGetKey(NodeRecord node, out object key)
    {
        key = null!;
        if (!node.HasLabel(Definition.Label) || !node.Properties.TryGetValue(Definition.Property, out var value))
        {
            return false;
        }
        var normalized = PropertyValues.KeyOf(value);
        if (normalized is null)
        {
            return false;
        }
        key = normalized;
        return true;
    }

    /// <summary>The nodes under the key, ascending; false when none is.</summary>
    public bool TryLookup(object key, out IndexEntry ids) => Entries.TryGetValue(key, out ids);

    /// <summary>Moves a node from its old entry to its new one; either may be null (created, deleted).</summary>
    public PropertyIndex Update(NodeRecord? before, NodeRecord? after)
    {
        object? oldKey = before is not null && TryGetKey(before, out var k1) ? k1 : null;
        object? newKey = after is not null && TryGetKey(after, out var k2) ? k2 : null;
        if (oldKey is not null && newKey is not null && oldKey.Equals(newKey))
        {
            return this;
        }
        var entries = Entries;
        if (oldKey is not null && entries.TryGetValue(oldKey, out var old))
        {
            entries = old.Without(before!.Id) is { } remaining ? entries.SetItem(oldKey, remaining) : entries.Remove(oldKey);
        }
        if (newKey is not null)
        {
            entries = entries.SetItem(newKey, entries.TryGetValue(newKey, out var ids) ? ids.With(after!.Id) : IndexEntry.Of(after!.Id));
        }
        return ReferenceEquals(entries, Entries) ? this : new PropertyIndex(Definition, entries);
    }

    /// <summary>Indexes every node with the label, in one pass.</summary>
    public static PropertyIndex Build(IndexDefinition definition, IEnumerable<NodeRecord> labelledNodes)
    {
        var index = CreateEmpty(definition);
        // Most keys have one node (a unique index's all): a list only for a key a second node shares.
        var first = new Dictionary<object, long>();
        var shared = new Dictionary<object, List<long>>();
        foreach (var node in labelledNodes)
        {
            if (!index.TryGetKey(node, out var key) || first.TryAdd(key, node.Id))
            {
                continue;
            }
            if (!shared.TryGetValue(key, out var ids))
            {
                ids = [first[key]];
                shared.Add(key, ids);
            }
            ids.Add(node.Id);
        }
        var entries = first.Select(pair => KeyValuePair.Create(pair.Key,
            shared.TryGetValue(pair.Key, out var ids) ? IndexEntry.Of(ids) : IndexEntry.Of(pair.Value)));
        return new PropertyIndex(definition, IndexMap.Of(entries));
    }
}
