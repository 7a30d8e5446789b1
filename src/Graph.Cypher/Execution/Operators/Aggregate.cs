using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>One aggregate call of a projection: its slot, its function (lower case), its argument (null for count(*)), DISTINCT.</summary>
internal sealed record AggregateSpec(int Slot, string Function, Func<Aggregator> Create, Evaluator? Argument, bool Distinct, string Text)
{
    /// <summary>The slot the argument reads when it is a plain variable, else -1.</summary>
    public int ArgumentSlot { get; init; } = -1;
}

/// <summary>
/// Groups rows by the grouping keys and feeds each group's aggregators. Emits one row per group: the group's
/// first row with key and aggregate slots filled, so later expressions over the keys still evaluate. With no
/// keys and no rows it emits one row (count 0, collect []).
/// </summary>
internal sealed class Aggregate : Operator
{
    // count(*) adds a non-null value per row; one boxed true rather than a box per row.
    private static readonly object CountedRow = true;
    private static readonly object NoKeys = new();

    // A statement that once made millions of groups should not make every later run allocate for millions.
    private const int MaxCapacityHint = 1 << 16;

    // DISTINCT sets and node-to-group maps past this many values are not kept for the next run (one such set is about 6 MB).
    private const int MaxRetainedSeen = 1 << 18;

    // Only a size hint, so runs of one cached plan may race on it.
    private int _lastCount;

    private readonly (int Slot, Evaluator Value, string Name)[] _keys;
    private readonly AggregateSpec[] _aggregates;

    // The slot of the node the input's rows come grouped by (all rows of one node in a row), or -1.
    private readonly int _groupedBy;

    // The slot of the node every grouping key reads (n, n.name), or -1: see Run.
    private readonly int _keysNode;

    // What the last run left for the next, cleared: see Scratch. Taken by one run at a time; a concurrent run makes its own.
    private Scratch? _spare;

    /// <param name="keysNode">The slot of the node variable every key is or reads a property of, else -1.</param>
    public Aggregate(Operator input, IReadOnlyList<(int Slot, Evaluator Value, string Name)> keys, IReadOnlyList<AggregateSpec> aggregates,
        int keysNode = -1)
        : base(input)
    {
        _keys = [.. keys];
        _keysNode = keys.Count > 0 ? keysNode : -1;
        _aggregates = [.. aggregates];
        _groupedBy = GroupedBy(input);
        // A group keeps a copy of its first row and its aggregators keep values, never rows: the input may reuse one.
        RowReuse.MarkFrom(input);
    }

    /// <summary>Each group's row is a copy made here and handed out once, so a projection above may write into it.</summary>
    public override bool YieldsOwnRows => true;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        // By the grouping key itself when there is one key (most aggregations), so a row allocates no key. Sized from
        // the last run, as Distinct is: regrowing thousands of groups made garbage the collector copied with them.
        var capacity = Math.Min(Volatile.Read(ref _lastCount), MaxCapacityHint);
        var scratch = Interlocked.Exchange(ref _spare, null) ?? new Scratch(_aggregates.Length);
        var groups = scratch.Groups;
        groups.EnsureCapacity(capacity);
        var rows = scratch.Rows;
        rows.EnsureCapacity(capacity);
        var columns = NewColumns(capacity, scratch, out var counters);
        // Reading only a committed snapshot, keys that are a node's properties are the same on every row of that node:
        // a row of a node seen before finds its group by the node's id, without reading the properties or hashing them.
        var byNode = _keysNode >= 0 && !context.IsWriting ? scratch.NodeGroups : null;
        try
        {
            foreach (var row in InputRows(context, argument))
            {
                var node = byNode is not null ? row[_keysNode] as NodeRef : null;
                if (node is null || !byNode!.TryGetValue(node.Id, out var group))
                {
                    group = GroupOf(row, context, groups, rows);
                    if (node is not null)
                    {
                        byNode![node.Id] = group;
                    }
                }
                for (var i = 0; i < _aggregates.Length; i++)
                {
                    var spec = _aggregates[i];
                    columns[i].Add(group, spec.Argument is null ? CountedRow : spec.Argument(row, context));
                }
            }
            Volatile.Write(ref _lastCount, rows.Count);
            if (rows.Count == 0 && _keys.Length == 0)
            {
                rows.Add((object?[])argument.Clone());
            }
            for (var group = 0; group < rows.Count; group++)
            {
                var row = rows[group];
                for (var i = 0; i < _aggregates.Length; i++)
                {
                    row[_aggregates[i].Slot] = columns[i].Result(group);
                }
                yield return row;
            }
        }
        finally
        {
            // Also when the reader stops early (a LIMIT above): the rows handed out are theirs, the lists are ours.
            Keep(scratch, counters);
        }
    }

    /// <summary>The row's group by its key values, made (with the row as its representative) when new.</summary>
    private int GroupOf(object?[] row, QueryContext context, Dictionary<object, int> groups, List<object?[]> rows)
    {
        object? single = null;
        object?[]? values = null;
        object key;
        switch (_keys.Length)
        {
            case 0:
                key = NoKeys;
                break;
            case 1:
                single = _keys[0].Value(row, context);
                key = GroupingKey.Of(single);
                break;
            default:
                values = new object?[_keys.Length];
                var parts = new object[_keys.Length];
                for (var i = 0; i < _keys.Length; i++)
                {
                    values[i] = _keys[i].Value(row, context);
                    parts[i] = GroupingKey.Of(values[i]);
                }
                key = new CompositeKey(parts);
                break;
        }
        if (groups.TryGetValue(key, out var group))
        {
            return group;
        }
        var representative = (object?[])row.Clone();
        for (var i = 0; i < _keys.Length; i++)
        {
            representative[_keys[i].Slot] = values is null ? single : values[i];
        }
        group = rows.Count;
        groups.Add(key, group);
        rows.Add(representative);
        return group;
    }

    /// <param name="counters">Per aggregate, its count column when it has one (also beneath DISTINCT): its array goes back to the scratch.</param>
    private AggregateColumn[] NewColumns(int groups, Scratch scratch, out CountColumn?[] counters)
    {
        var columns = new AggregateColumn[_aggregates.Length];
        counters = new CountColumn?[_aggregates.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            var spec = _aggregates[i];
            AggregateColumn column = spec.Function == "count"
                ? counters[i] = new CountColumn(scratch.Counts[i] ??= new long[Math.Max(groups, 4)])
                : new AggregatorColumn(spec.Create, groups);
            columns[i] = !spec.Distinct ? column
                : spec.ArgumentSlot >= 0 && spec.ArgumentSlot == _groupedBy ? new GroupedDistinctColumn(column)
                : new DistinctColumn(column, scratch.Seen[i] ??= []);
        }
        return columns;
    }

    /// <summary>
    /// The slot of a node scan at the bottom of the input, when only operators that turn each row into a run of rows
    /// (Filter, Expand) stand between: then every row of one scanned node comes before the next node's.
    /// </summary>
    private static int GroupedBy(Operator input)
    {
        var op = input;
        while (op is Filter or Expand)
        {
            op = op.Input!;
        }
        return op is NodeScan { Input: Argument } scan ? scan.Slot : -1;
    }

    private void Keep(Scratch scratch, CountColumn?[] counters)
    {
        var used = scratch.Rows.Count;
        if (scratch.Groups.Count > MaxCapacityHint || used > MaxCapacityHint)
        {
            return;
        }
        scratch.Groups.Clear();
        scratch.Rows.Clear();
        if (scratch.NodeGroups.Count > MaxRetainedSeen)
        {
            scratch.NodeGroups = [];
        }
        scratch.NodeGroups.Clear();
        for (var i = 0; i < counters.Length; i++)
        {
            if (counters[i] is { } count)
            {
                // A column grown past the array it was given keeps the larger one.
                scratch.Counts[i] = count.Counts;
                Array.Clear(count.Counts, 0, Math.Min(used, count.Counts.Length));
            }
        }
        for (var i = 0; i < scratch.Seen.Length; i++)
        {
            if (scratch.Seen[i] is { } seen)
            {
                if (seen.Count > MaxRetainedSeen)
                {
                    scratch.Seen[i] = null;
                }
                else
                {
                    seen.Clear();
                }
            }
        }
        Volatile.Write(ref _spare, scratch);
    }

    /// <summary>
    /// A run's group index, group rows, counts and DISTINCT sets of nodes, kept with their capacity for the plan's next
    /// run. Made anew each run, the large ones went to the large-object heap, and its growth is what starts full
    /// collections of the graph.
    /// </summary>
    private sealed class Scratch(int aggregates)
    {
        public Dictionary<object, int> Groups { get; } = [];

        /// <summary>Each node's group, when every key reads one node.</summary>
        public Dictionary<long, int> NodeGroups { get; set; } = [];

        public HashSet<(int Group, long Id)>?[] Seen { get; } = new HashSet<(int Group, long Id)>?[aggregates];

        /// <summary>The groups' first rows, in group order.</summary>
        public List<object?[]> Rows { get; } = [];

        /// <summary>Per aggregate, a count column's array (zeroed), else null.</summary>
        public long[]?[] Counts { get; } = new long[]?[aggregates];
    }

    public override string Describe(GraphSnapshot snapshot) =>
        $"EagerAggregation(keys: [{string.Join(", ", _keys.Select(key => key.Name))}], aggregates: [{string.Join(", ", _aggregates.Select(a => a.Text))}])";
}
