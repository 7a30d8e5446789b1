using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>One aggregate call of a projection: its slot, its argument (null for count(*)), DISTINCT.</summary>
internal sealed record AggregateSpec(int Slot, Func<Aggregator> Create, Evaluator? Argument, bool Distinct, string Text);

/// <summary>
/// Groups rows by the grouping keys and feeds each group's aggregators. Emits one row per group: the group's
/// first row with key and aggregate slots filled, so later expressions over the keys still evaluate. With no
/// keys and no rows it emits one row (count 0, collect []).
/// </summary>
internal sealed class Aggregate(
    Operator input,
    IReadOnlyList<(int Slot, Evaluator Value, string Name)> keys,
    IReadOnlyList<AggregateSpec> aggregates) : Operator(input)
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        var groups = new Dictionary<CompositeKey, (object?[] Row, Aggregator[] Aggregators)>();
        var order = new List<CompositeKey>();
        foreach (var row in InputRows(context, argument))
        {
            var values = new object?[keys.Count];
            var parts = new object[keys.Count];
            for (var i = 0; i < keys.Count; i++)
            {
                values[i] = keys[i].Value(row, context);
                parts[i] = GroupingKey.Of(values[i]);
            }
            var key = new CompositeKey(parts);
            if (!groups.TryGetValue(key, out var group))
            {
                var representative = (object?[])row.Clone();
                for (var i = 0; i < keys.Count; i++)
                {
                    representative[keys[i].Slot] = values[i];
                }
                group = (representative, NewAggregators());
                groups[key] = group;
                order.Add(key);
            }
            for (var i = 0; i < aggregates.Count; i++)
            {
                var spec = aggregates[i];
                group.Aggregators[i].Add(spec.Argument is null ? true : spec.Argument(row, context));
            }
        }
        if (groups.Count == 0 && keys.Count == 0)
        {
            var empty = (object?[])argument.Clone();
            groups[new CompositeKey([])] = (empty, NewAggregators());
            order.Add(new CompositeKey([]));
        }
        foreach (var key in order)
        {
            var (row, aggregators) = groups[key];
            for (var i = 0; i < aggregates.Count; i++)
            {
                row[aggregates[i].Slot] = aggregators[i].Result();
            }
            yield return row;
        }
    }

    private Aggregator[] NewAggregators() =>
        aggregates.Select(spec => spec.Distinct ? new DistinctAggregator(spec.Create()) : spec.Create()).ToArray();

    public override string Describe(GraphSnapshot snapshot) =>
        $"EagerAggregation(keys: [{string.Join(", ", keys.Select(key => key.Name))}], aggregates: [{string.Join(", ", aggregates.Select(a => a.Text))}])";
}
