using Graph.Core.Cypher;

namespace Graph.Cypher.Storage;

/// <summary>An immutable, consistent view of the graph.</summary>
public sealed class GraphSnapshot
{
    private IReadOnlyList<IndexDefinition>? _indexes;
    private LoweredTextColumns? _textColumns;
    private OncePerKey<LabelBitmap>? _labelBitmaps;
    private Lazy<RelationshipEnds?>? _relationshipEnds;
    private OncePerKey<PropertyColumn?>? _propertyColumns;

    internal GraphSnapshot(GraphState state, long version)
    {
        State = state;
        Version = version;
    }

    internal GraphState State { get; }

    /// <summary>
    /// How many commits the store had published when this snapshot was taken (0 when opened): equal versions, equal
    /// graphs. An open transaction's <see cref="WriteTransaction.View"/> holds uncommitted writes and has version -1.
    /// </summary>
    public long Version { get; }

    public long NodeCount => State.Nodes.Count;

    public long RelationshipCount => State.Relationships.Count;

    /// <summary>In id order.</summary>
    public IEnumerable<NodeRecord> AllNodes() => State.Nodes.Values;

    /// <summary>In id order.</summary>
    public IEnumerable<NodeRecord> NodesWithLabel(string label) => State.NodesWithLabel(label);

    /// <summary>In id order.</summary>
    internal IdTree NodeIdsWithLabel(string label) => State.NodeIdsWithLabel(label);

    /// <summary>In id order.</summary>
    public IEnumerable<RelationshipRecord> AllRelationships() => State.Relationships.Values;

    /// <summary>Labels that at least one node has, in ordinal order.</summary>
    public IReadOnlyList<string> Labels() => SortedKeys(State.LabelSets.Keys);

    /// <summary>Relationship types that at least one relationship has, in ordinal order.</summary>
    public IReadOnlyList<string> RelationshipTypes() => SortedKeys(State.TypeCounts.Keys);

    /// <summary>How many nodes have the label, without listing them (for plans and statistics).</summary>
    public long CountNodesWithLabel(string label) =>
        State.LabelSets.TryGetValue(label, out var ids) ? ids.Count : 0;

    /// <summary>How many relationships have the type, without listing them.</summary>
    public long CountRelationshipsOfType(string type) => State.TypeCounts.GetValueOrDefault(type);

    public NodeRecord? GetNode(long id) => State.Nodes.TryGetValue(id, out var node) ? node : null;

    public RelationshipRecord? GetRelationship(long id) =>
        State.Relationships.TryGetValue(id, out var relationship) ? relationship : null;

    /// <summary>
    /// Relationships touching the node in that direction, optionally only of the given types (null or empty = any),
    /// in id order; a self-loop appears once. Cost follows the matching degree, not the graph size.
    /// </summary>
    public IEnumerable<RelationshipRecord> Relationships(long nodeId, Direction direction, IReadOnlyCollection<string>? types = null)
    {
        if (!State.Adjacency.TryGetValue(nodeId, out var adjacency))
        {
            return [];
        }
        return Resolve(adjacency.RelationshipIds(direction, types));
    }

    /// <summary>What <see cref="Relationships"/> lists, walked without an enumerator object in the common case.</summary>
    /// <param name="ends">This snapshot's ends, to walk without reading records (then only ids and ends are known), or null.</param>
    internal RelationshipCursor RelationshipCursor(long nodeId, Direction direction, IReadOnlyCollection<string>? types, RelationshipEnds? ends = null) =>
        new(State.Relationships, State.Adjacency.TryGetValue(nodeId, out var adjacency) ? adjacency.RelationshipIds(direction, types) : [], ends);

    /// <summary>Number of relationships <see cref="Relationships"/> would return, without listing them.</summary>
    public int Degree(long nodeId, Direction direction, IReadOnlyCollection<string>? types = null) =>
        State.Adjacency.TryGetValue(nodeId, out var adjacency) ? adjacency.Degree(direction, types) : 0;

    /// <summary>
    /// Nodes with the label whose property equals the value (Cypher equality: 1 = 1.0, lists element-wise;
    /// null and NaN equal nothing), in id order. Uses an index when one exists, else scans the label.
    /// </summary>
    public IEnumerable<NodeRecord> FindNodes(string label, string property, object value) =>
        INodeLookup.FindNodes(State, label, property, value);

    /// <summary>Lowered text of (label, property) pairs, built as queries ask (see <see cref="LoweredTextColumn"/>).</summary>
    internal LoweredTextColumns TextColumns => Cached(ref _textColumns, static snapshot => new LoweredTextColumns(snapshot));

    /// <summary>Bitmaps of labels, built as statements ask (see <see cref="LabelBitmap"/>).</summary>
    internal OncePerKey<LabelBitmap> LabelBitmaps =>
        Cached(ref _labelBitmaps, static snapshot => new OncePerKey<LabelBitmap>(label => LabelBitmap.Build(snapshot.State, label)));

    /// <summary>Each relationship's ends in arrays, built on the first ask (see <see cref="Storage.RelationshipEnds"/>).</summary>
    internal RelationshipEnds? RelationshipEnds =>
        Cached(ref _relationshipEnds, static snapshot => new Lazy<RelationshipEnds?>(() => Storage.RelationshipEnds.Build(snapshot.State))).Value;

    /// <summary>Node properties in arrays by node id, built as statements ask (see <see cref="PropertyColumn"/>).</summary>
    internal OncePerKey<PropertyColumn?> PropertyColumns =>
        Cached(ref _propertyColumns, static snapshot => new OncePerKey<PropertyColumn?>(property => PropertyColumn.Build(snapshot.State, property)));

    /// <summary>A cache kept with this snapshot, made by whichever reader asks first (a racing second one is dropped).</summary>
    private T Cached<T>(ref T? field, Func<GraphSnapshot, T> make) where T : class
    {
        if (Volatile.Read(ref field) is { } cached)
        {
            return cached;
        }
        var made = make(this);
        return Interlocked.CompareExchange(ref field, made, null) ?? made;
    }

    public bool HasIndex(string label, string property) => State.FindIndex(label, property) is not null;

    public IReadOnlyList<IndexDefinition> Indexes => _indexes ??= ListIndexes();

    private static string[] SortedKeys(IEnumerable<string> keys)
    {
        var sorted = keys.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    private IReadOnlyList<IndexDefinition> ListIndexes()
    {
        var definitions = new IndexDefinition[State.Indexes.Length];
        for (var i = 0; i < definitions.Length; i++)
        {
            definitions[i] = State.Indexes[i].Definition;
        }
        return definitions;
    }

    private IEnumerable<RelationshipRecord> Resolve(IEnumerable<long> ids)
    {
        foreach (var id in ids)
        {
            yield return State.Relationships[id];
        }
    }

    internal static CypherException NodeNotFound(long id) =>
        new(CypherErrorCodes.EntityNotFound, $"Node with id {id} does not exist (it was deleted or never created).");

    internal static CypherException RelationshipNotFound(long id) =>
        new(CypherErrorCodes.EntityNotFound, $"Relationship with id {id} does not exist (it was deleted or never created).");
}
