using Graph.Cypher.Execution.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// One aggregate's state for every group of a run, by group number. Counting, the common case, is an array of longs;
/// the rest keep one <see cref="Aggregator"/> per group. Thousands of groups used to be thousands of small objects
/// (aggregators, a set per group for DISTINCT) that lived through the run, and every collection copied them.
/// </summary>
internal abstract class AggregateColumn
{
    /// <summary>Adds a row's value to the group; groups are numbered from 0 in the order they first appear.</summary>
    public abstract void Add(int group, object? value);

    public abstract object? Result(int group);
}

/// <summary>count(x) and count(*): a non-null value counts.</summary>
/// <param name="counts">Zeroed, and the column's to grow: the aggregation keeps it for its next run.</param>
internal sealed class CountColumn(long[] counts) : AggregateColumn
{
    private long[] _counts = counts;

    public long[] Counts => _counts;

    public override void Add(int group, object? value)
    {
        if (group >= _counts.Length)
        {
            Array.Resize(ref _counts, Math.Max(_counts.Length * 2, group + 1));
        }
        if (value is not null)
        {
            _counts[group]++;
        }
    }

    public override object? Result(int group) => group < _counts.Length ? _counts[group] : 0L;
}

/// <summary>Any other aggregate: an aggregator per group, made when the group first appears.</summary>
internal sealed class AggregatorColumn(Func<Aggregator> create, int capacity) : AggregateColumn
{
    private readonly List<Aggregator> _aggregators = new(capacity);

    public override void Add(int group, object? value) => Of(group).Add(value);

    public override object? Result(int group) => Of(group).Result();

    private Aggregator Of(int group)
    {
        while (_aggregators.Count <= group)
        {
            _aggregators.Add(create());
        }
        return _aggregators[group];
    }
}

/// <summary>
/// DISTINCT over the node the input's rows come grouped by ((s) in <c>MATCH (s:Source)-->(t) RETURN t.name,
/// count(DISTINCT s)</c>): a (group, node) pair can only repeat among the rows of that node, so only the groups of the
/// current node are remembered. The set of every pair seen was most of such a count's cost: a cache miss per row.
/// </summary>
internal sealed class GroupedDistinctColumn(AggregateColumn inner) : AggregateColumn
{
    private readonly HashSet<int> _groupsOfNode = [];
    private long _node = -1;
    private DistinctColumn? _others;

    public override void Add(int group, object? value)
    {
        if (value is not NodeRef node)
        {
            // Never from a scan's slot; kept exact all the same.
            (_others ??= new DistinctColumn(inner, [])).Add(group, value);
            return;
        }
        if (node.Id != _node)
        {
            _node = node.Id;
            _groupsOfNode.Clear();
        }
        if (_groupsOfNode.Add(group))
        {
            inner.Add(group, value);
        }
    }

    public override object? Result(int group) => inner.Result(group);
}

/// <summary>
/// DISTINCT in front of another column: a value reaches it once per group. Seen values sit in one set for the whole
/// run, keyed by group and value; nodes and relationships by id, so the set holds no references for the collector to trace.
/// </summary>
internal sealed class DistinctColumn(AggregateColumn inner, HashSet<(int Group, long Id)> nodes) : AggregateColumn
{
    // Given empty by the aggregation, which keeps it for its next run.
    private readonly HashSet<(int Group, long Id)> _nodes = nodes;
    private HashSet<(int Group, long Id)>? _relationships;
    private HashSet<(int Group, object Key)>? _others;

    public override void Add(int group, object? value)
    {
        var added = value switch
        {
            null => false,
            NodeRef node => _nodes.Add((group, node.Id)),
            RelationshipRef relationship => (_relationships ??= []).Add((group, relationship.Id)),
            _ => (_others ??= []).Add((group, GroupingKey.Of(value))),
        };
        if (added)
        {
            inner.Add(group, value);
        }
    }

    public override object? Result(int group) => inner.Result(group);
}
