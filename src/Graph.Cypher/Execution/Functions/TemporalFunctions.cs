using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Execution.Values.Temporal;

namespace Graph.Cypher.Execution.Functions;

/// <summary>
/// date(), localtime(), time(), localdatetime(), datetime() with their .statement/.transaction/.realtime clocks and
/// .truncate, plus datetime.fromepoch and datetime.fromepochmillis. Without an argument they read the clock (UTC, the
/// default zone); with one they parse a string, build from a map or select from another temporal value.
/// </summary>
internal static class TemporalFunctions
{
    private static readonly (string Name, TemporalKind Kind)[] Kinds =
    [
        ("date", TemporalKind.Date), ("localtime", TemporalKind.LocalTime), ("time", TemporalKind.Time),
        ("localdatetime", TemporalKind.LocalDateTime), ("datetime", TemporalKind.DateTime),
    ];

    public static IEnumerable<FunctionDefinition> All { get; } = Kinds.SelectMany(Definitions).Concat(
    [
        new("datetime.fromepoch", 2, 2, (a, _, p) => a[0] is null || a[1] is null ? null
            : TimeZones.AtInstant(Integer(a[0], p) + CalendarMath.FloorDiv(Integer(a[1], p), CalendarMath.NanosPerSecond),
                (int)CalendarMath.FloorMod(Integer(a[1], p), CalendarMath.NanosPerSecond), ZoneSpec.Utc)),
        new("datetime.fromepochmillis", 1, 1, (a, _, p) => a[0] is null ? null
            : TimeZones.AtInstant(CalendarMath.FloorDiv(Integer(a[0], p), 1000), (int)CalendarMath.FloorMod(Integer(a[0], p), 1000) * 1_000_000, ZoneSpec.Utc)),
    ]);

    private static IEnumerable<FunctionDefinition> Definitions((string Name, TemporalKind Kind) type)
    {
        var kind = type.Kind;
        yield return new(type.Name, 0, 1, (a, c, p) => a.Length == 0 ? Now(kind, c.StatementTime, ZoneSpec.Utc) : Create(kind, a[0], c, p));
        yield return new(type.Name + ".statement", 0, 1, (a, c, p) => Clock(kind, c.StatementTime, a, p));
        yield return new(type.Name + ".transaction", 0, 1, (a, c, p) => Clock(kind, c.TransactionTime, a, p));
        yield return new(type.Name + ".realtime", 0, 1, (a, _, p) => Clock(kind, DateTimeOffset.UtcNow, a, p));
        yield return new(type.Name + ".truncate", 2, 3, (a, _, p) => Truncate(kind, a, p));
    }

    private static object? Create(TemporalKind kind, object? argument, QueryContext context, Position position) => argument switch
    {
        null => null,
        string text => Parse(kind, text),
        IReadOnlyDictionary<string, object?> map => FromMap(kind, TemporalFields.Read(map), context),
        ITemporalValue and not DurationValue => FromMap(kind, TemporalFields.Read(new Dictionary<string, object?> { [SelectionKey(kind)] = argument }), context),
        _ => throw RuntimeErrors.Expected("a String, Map or temporal value", argument, position),
    };

    /// <summary>date(x) is date({date: x}), time(x) is time({time: x}), datetime(x) is datetime({datetime: x}).</summary>
    private static string SelectionKey(TemporalKind kind) => kind switch
    {
        TemporalKind.Date => "date",
        TemporalKind.LocalTime or TemporalKind.Time => "time",
        _ => "datetime",
    };

    private static object Parse(TemporalKind kind, string text) => kind switch
    {
        TemporalKind.Date => TemporalParsing.Date(text),
        TemporalKind.LocalTime => TemporalParsing.LocalTime(text),
        TemporalKind.Time => TemporalParsing.Time(text),
        TemporalKind.LocalDateTime => TemporalParsing.LocalDateTime(text),
        _ => TemporalParsing.DateTime(text),
    };

    private static object FromMap(TemporalKind kind, TemporalFields fields, QueryContext context)
    {
        if (fields.Count == 1 && fields.Timezone is { } zone)
        {
            return Now(kind, context.StatementTime, TimeZones.Parse(zone));
        }
        return kind switch
        {
            TemporalKind.Date => TemporalConstruction.Date(fields),
            TemporalKind.LocalTime => TemporalConstruction.LocalTime(fields),
            TemporalKind.Time => TemporalConstruction.Time(fields, context.StatementTime.ToUnixTimeSeconds()),
            TemporalKind.LocalDateTime => TemporalConstruction.LocalDateTime(fields),
            _ => TemporalConstruction.DateTime(fields),
        };
    }

    /// <summary>x.statement(), x.transaction(), x.realtime(): the clock, optionally in a zone given as text or {timezone: …}.</summary>
    private static object? Clock(TemporalKind kind, DateTimeOffset now, object?[] arguments, Position position)
    {
        if (arguments.Length == 0)
        {
            return Now(kind, now, ZoneSpec.Utc);
        }
        return arguments[0] switch
        {
            null => null,
            string zone => Now(kind, now, TimeZones.Parse(zone)),
            IReadOnlyDictionary<string, object?> map when TemporalFields.Read(map).Timezone is { } zone => Now(kind, now, TimeZones.Parse(zone)),
            var other => throw RuntimeErrors.Expected("a time zone", other, position),
        };
    }

    private static object Now(TemporalKind kind, DateTimeOffset now, ZoneSpec zone)
    {
        var ticks = now.UtcTicks - DateTime.UnixEpoch.Ticks;
        var instant = TimeZones.AtInstant(CalendarMath.FloorDiv(ticks, TimeSpan.TicksPerSecond), (int)CalendarMath.FloorMod(ticks, TimeSpan.TicksPerSecond) * 100, zone);
        return kind switch
        {
            TemporalKind.Date => new DateValue(instant.LocalEpochDay),
            TemporalKind.LocalTime => new LocalTimeValue(instant.LocalNanoOfDay),
            TemporalKind.Time => new TimeValue(instant.LocalNanoOfDay, instant.OffsetSeconds),
            TemporalKind.LocalDateTime => new LocalDateTimeValue(instant.LocalEpochDay, instant.LocalNanoOfDay),
            _ => instant,
        };
    }

    private static object? Truncate(TemporalKind kind, object?[] a, Position position)
    {
        if (a[1] is null)
        {
            return null;
        }
        if (a[0] is not string unit)
        {
            throw RuntimeErrors.Expected("a String for the unit", a[0], position);
        }
        if (a[1] is not ITemporalValue value || value is DurationValue)
        {
            throw RuntimeErrors.Expected("a temporal value", a[1], position);
        }
        var map = a.Length > 2 ? a[2] switch
        {
            null => null,
            IReadOnlyDictionary<string, object?> m => m,
            var other => throw RuntimeErrors.Expected("a Map", other, position),
        } : null;
        return TemporalTruncation.Truncate(kind, unit, value, map);
    }

    public static long Integer(object? value, Position position) => value switch
    {
        long l => l,
        _ => throw RuntimeErrors.Expected("an Integer", value, position),
    };
}
