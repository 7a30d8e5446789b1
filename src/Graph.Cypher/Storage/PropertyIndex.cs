using System.Collections.Immutable;

namespace Graph.Cypher.Storage;

/// <summary>An immutable index of Label.Property: normalized value key (see <see cref="PropertyValues.KeyOf"/>) to node ids.</summary>
internal sealed class PropertyIndex
{
    private static readonly ImmutableDictionary<object, ImmutableSortedSet<long>> NoEntries =
        ImmutableDictionary<object, ImmutableSortedSet<long>>.Empty;

    private PropertyIndex(IndexDefinition definition, ImmutableDictionary<object, ImmutableSortedSet<long>> entries)
    {
        Definition = definition;
        Entries = entries;
    }

    public IndexDefinition Definition { get; }

    public ImmutableDictionary<object, ImmutableSortedSet<long>> Entries { get; }

    public static PropertyIndex CreateEmpty(IndexDefinition definition) => new(definition, NoEntries);

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

    public ImmutableSortedSet<long> Lookup(object key) =>
        Entries.TryGetValue(key, out var ids) ? ids : ImmutableSortedSet<long>.Empty;

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
        if (oldKey is not null)
        {
            var remaining = Lookup(oldKey).Remove(before!.Id);
            entries = remaining.IsEmpty ? entries.Remove(oldKey) : entries.SetItem(oldKey, remaining);
        }
        if (newKey is not null)
        {
            entries = entries.SetItem(newKey, (entries.TryGetValue(newKey, out var ids) ? ids : ImmutableSortedSet<long>.Empty).Add(after!.Id));
        }
        return ReferenceEquals(entries, Entries) ? this : new PropertyIndex(Definition, entries);
    }

    /// <summary>Indexes every node with the label, in one pass.</summary>
    public static PropertyIndex Build(IndexDefinition definition, IEnumerable<NodeRecord> labelledNodes)
    {
        var index = CreateEmpty(definition);
        // Most keys have one node (a unique index's all): a set builder only for a key a second node shares.
        var first = new Dictionary<object, long>();
        var shared = new Dictionary<object, ImmutableSortedSet<long>.Builder>();
        foreach (var node in labelledNodes)
        {
            if (!index.TryGetKey(node, out var key) || first.TryAdd(key, node.Id))
            {
                continue;
            }
            if (!shared.TryGetValue(key, out var ids))
            {
                ids = ImmutableSortedSet.CreateBuilder<long>();
                ids.Add(first[key]);
                shared.Add(key, ids);
            }
            ids.Add(node.Id);
        }
        var entries = NoEntries.ToBuilder();
        foreach (var (key, id) in first)
        {
            entries.Add(key, shared.TryGetValue(key, out var ids) ? ids.ToImmutable() : ImmutableSortedSet.Create(id));
        }
        return new PropertyIndex(definition, entries.ToImmutable());
    }
}
