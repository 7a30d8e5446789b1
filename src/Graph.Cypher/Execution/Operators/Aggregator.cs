using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Execution.Values.Temporal;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Accumulates one aggregate over a group's rows. Nulls are skipped (count(*) counts rows).</summary>
internal abstract class Aggregator
{
    public abstract void Add(object? value);

    public abstract object? Result();

    public static Func<Aggregator> Factory(string name, Position position) => name.ToLowerInvariant() switch
    {
        "count" => () => new CountAggregator(),
        "collect" => () => new CollectAggregator(),
        "sum" => () => new SumAggregator(position),
        "avg" => () => new AverageAggregator(position),
        "min" => () => new ExtremeAggregator(max: false),
        "max" => () => new ExtremeAggregator(max: true),
        "percentilecont" => () => new PercentileAggregator(continuous: true, position),
        "percentiledisc" => () => new PercentileAggregator(continuous: false, position),
        _ => throw RuntimeErrors.Unsupported($"The aggregating function {name}()", position),
    };
}

internal sealed class CountAggregator : Aggregator
{
    private long _count;

    public override void Add(object? value)
    {
        if (value is not null)
        {
            _count++;
        }
    }

    public override object? Result() => _count;
}

internal sealed class CollectAggregator : Aggregator
{
    private readonly List<object?> _items = [];

    public override void Add(object? value)
    {
        if (value is not null)
        {
            _items.Add(value);
        }
    }

    public override object? Result() => _items;
}

internal sealed class SumAggregator(Position position) : Aggregator
{
    private long _integer;
    private double _float;
    private bool _isFloat;
    private bool _sawNumber;
    private DurationTotal? _durations;

    public override void Add(object? value)
    {
        if ((value is long or double && _durations is not null) || (value is DurationValue && _sawNumber))
        {
            throw DurationTotal.Mixed("sum", position);
        }
        _sawNumber |= value is long or double;
        switch (value)
        {
            case null:
                return;
            case DurationValue duration:
                (_durations ??= new()).Add(duration, position);
                return;
            case long l when !_isFloat:
                try
                {
                    _integer = checked(_integer + l);
                }
                catch (OverflowException)
                {
                    throw RuntimeErrors.Arithmetic("long overflow in sum()", position);
                }
                return;
            case long or double:
                if (!_isFloat)
                {
                    _isFloat = true;
                    _float = _integer;
                }
                _float += ValueEquality.ToDouble(value);
                return;
            default:
                throw RuntimeErrors.Type($"sum() can only handle numerical values or durations but got {CypherTypeNames.Of(value)}", position);
        }
    }

    public override object? Result() => _durations?.Sum ?? (_isFloat ? _float : (object)_integer);
}

internal sealed class AverageAggregator(Position position) : Aggregator
{
    private double _sum;
    private long _count;
    private DurationTotal? _durations;

    public override void Add(object? value)
    {
        switch (value)
        {
            case null:
                return;
            case DurationValue when _count > 0:
            case long or double when _durations is not null:
                throw DurationTotal.Mixed("avg", position);
            case DurationValue duration:
                (_durations ??= new()).Add(duration, position);
                return;
            case long or double:
                _sum += ValueEquality.ToDouble(value);
                _count++;
                return;
            default:
                throw RuntimeErrors.Type($"avg() can only handle numerical values or durations but got {CypherTypeNames.Of(value)}", position);
        }
    }

    public override object? Result() => _durations is not null ? _durations.Average(position) : _count == 0 ? null : _sum / _count;
}

/// <summary>min/max in ORDER BY's total order.</summary>
internal sealed class ExtremeAggregator(bool max) : Aggregator
{
    private object? _best;

    public override void Add(object? value)
    {
        if (value is null)
        {
            return;
        }
        if (_best is null)
        {
            _best = value;
            return;
        }
        var order = ValueOrdering.Instance.Compare(value, _best);
        if (max ? order > 0 : order < 0)
        {
            _best = value;
        }
    }

    public override object? Result() => _best;
}
