using Graph.Cypher.Ast;

namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>
/// + - * / with temporal operands: instant ± duration, duration ± duration, duration * number, number * duration,
/// duration / number. Null when the operands are not a temporal combination (the caller reports the type error).
/// </summary>
internal static class TemporalArithmetic
{
    public static object? Apply(BinaryOperator op, object left, object right, Position position) => (op, left, right) switch
    {
        (BinaryOperator.Add, DurationValue a, DurationValue b) => Sum(a, b, 1, position),
        (BinaryOperator.Subtract, DurationValue a, DurationValue b) => Sum(a, b, -1, position),
        (BinaryOperator.Add, ITemporalValue instant, DurationValue d) => TemporalShift.Plus(instant, d, position),
        (BinaryOperator.Add, DurationValue d, ITemporalValue instant) => TemporalShift.Plus(instant, d, position),
        (BinaryOperator.Subtract, ITemporalValue instant, DurationValue d) => TemporalShift.Plus(instant, Negate(d, position), position),
        (BinaryOperator.Multiply, DurationValue d, long or double) => Scale(d, Factor(right), position),
        (BinaryOperator.Multiply, long or double, DurationValue d) => Scale(d, Factor(left), position),
        (BinaryOperator.Divide, DurationValue d, long or double) => Scale(d, Divisor(right, position), position),
        _ => null,
    };

    public static DurationValue Negate(DurationValue d, Position position) => Checked(() =>
        DurationValue.Of(-d.Months, -d.Days, -d.Seconds, -(long)d.Nanos), position);

    private static DurationValue Sum(DurationValue a, DurationValue b, int sign, Position position) => Checked(() =>
        DurationValue.Of(a.Months + sign * b.Months, a.Days + sign * b.Days, a.Seconds + sign * b.Seconds, a.Nanos + sign * (long)b.Nanos), position);

    /// <summary>Fractions cascade down: half a month is days and seconds, half a day is seconds.</summary>
    private static DurationValue Scale(DurationValue d, decimal factor, Position position) => Checked(() =>
    {
        var seconds = (d.Seconds + d.Nanos / (decimal)CalendarMath.NanosPerSecond) * factor;
        return DurationComponents.From(new Dictionary<string, decimal>
        {
            ["months"] = d.Months * factor,
            ["days"] = d.Days * factor,
            ["seconds"] = seconds,
        });
    }, position);

    private static decimal Factor(object number) => number is long l ? l : ToDecimal((double)number);

    private static decimal Divisor(object number, Position position)
    {
        var divisor = Factor(number);
        return divisor == 0 ? throw RuntimeErrors.Arithmetic("/ by zero", position) : 1 / divisor;
    }

    private static decimal ToDecimal(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e27 ? (decimal)value : throw RuntimeErrors.Arithmetic($"Cannot scale a duration by {value}");

    private static DurationValue Checked(Func<DurationValue> body, Position position)
    {
        try
        {
            return checked(body());
        }
        catch (OverflowException)
        {
            throw RuntimeErrors.Arithmetic("Duration overflow", position);
        }
    }
}
