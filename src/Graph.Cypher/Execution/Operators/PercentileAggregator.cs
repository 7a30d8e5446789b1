using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// percentileCont (linear interpolation, always a float) and percentileDisc (nearest value at or above).
/// Receives [value, percentile] pairs; the percentile must be between 0.0 and 1.0.
/// </summary>
internal sealed class PercentileAggregator(bool continuous, Position position) : Aggregator
{
    private readonly List<double> _values = [];
    private readonly List<object> _originals = [];
    private double? _percentile;

    public override void Add(object? value)
    {
        var pair = (object?[])value!;
        var percentile = pair[1] switch
        {
            long l => l,
            double d => d,
            var other => throw RuntimeErrors.Type($"percentile must be a number but was {CypherTypeNames.Of(other)}", position),
        };
        if (percentile is < 0 or > 1 || double.IsNaN(percentile))
        {
            throw RuntimeErrors.Argument($"Invalid input '{percentile}' is not a valid argument, must be a number in the range 0.0 to 1.0", position);
        }
        _percentile ??= percentile;
        switch (pair[0])
        {
            case null:
                return;
            case long or double:
                _values.Add(ValueEquality.ToDouble(pair[0]!));
                _originals.Add(pair[0]!);
                return;
            default:
                throw RuntimeErrors.Type($"percentile functions can only handle numerical values but got {CypherTypeNames.Of(pair[0])}", position);
        }
    }

    public override object? Result()
    {
        if (_values.Count == 0 || _percentile is not { } p)
        {
            return null;
        }
        var order = Enumerable.Range(0, _values.Count).OrderBy(i => _values[i]).ToList();
        if (!continuous)
        {
            var index = p == 0 ? 0 : (int)Math.Ceiling(p * order.Count) - 1;
            return _originals[order[Math.Clamp(index, 0, order.Count - 1)]];
        }
        var position = p * (order.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        var (a, b) = (_values[order[lower]], _values[order[upper]]);
        return a + ((b - a) * (position - lower));
    }
}
