using Graph.Core.Cypher;

namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>Temporal values across the engine's edge: out as Graph.Core's <see cref="CypherTemporal"/>, back in as parameters.</summary>
internal static class TemporalBoundary
{
    public static CypherTemporal ToResult(ITemporalValue value) => new(value switch
    {
        DateValue => CypherTemporalType.Date,
        LocalTimeValue => CypherTemporalType.LocalTime,
        TimeValue => CypherTemporalType.Time,
        LocalDateTimeValue => CypherTemporalType.LocalDateTime,
        DateTimeValue => CypherTemporalType.DateTime,
        _ => CypherTemporalType.Duration,
    }, value.ToString()!);

    /// <summary>
    /// .NET's date and time types as the Neo4j backend sends them: DateTimeOffset and UTC DateTime as datetimes at
    /// their offset, other DateTimes as local datetimes, DateOnly, TimeOnly, and TimeSpan as days and seconds.
    /// </summary>
    public static ITemporalValue FromDotNet(object value) => value switch
    {
        DateTimeOffset moment => TimeZones.AtInstant(
            CalendarMath.FloorDiv(moment.UtcTicks - DateTime.UnixEpoch.Ticks, TimeSpan.TicksPerSecond),
            (int)CalendarMath.FloorMod(moment.UtcTicks, TimeSpan.TicksPerSecond) * 100,
            ZoneSpec.Fixed((int)moment.Offset.TotalSeconds)),
        DateTime { Kind: DateTimeKind.Utc } utc => FromDotNet(new DateTimeOffset(utc)),
        DateTime local => new LocalDateTimeValue(EpochDay(DateOnly.FromDateTime(local)), local.TimeOfDay.Ticks * 100),
        DateOnly date => new DateValue(EpochDay(date)),
        TimeOnly time => new LocalTimeValue(time.Ticks * 100),
        TimeSpan span => DurationValue.Of(0, span.Days, 0, (span.Ticks % TimeSpan.TicksPerDay) * 100),
        _ => throw new ArgumentException($"{value.GetType().Name} is not a .NET date or time type", nameof(value)),
    };

    private static long EpochDay(DateOnly date) => date.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    public static ITemporalValue FromParameter(CypherTemporal value) => value.Type switch
    {
        CypherTemporalType.Date => TemporalParsing.Date(value.Iso),
        CypherTemporalType.LocalTime => TemporalParsing.LocalTime(value.Iso),
        CypherTemporalType.Time => TemporalParsing.Time(value.Iso),
        CypherTemporalType.LocalDateTime => TemporalParsing.LocalDateTime(value.Iso),
        CypherTemporalType.DateTime => TemporalParsing.DateTime(value.Iso),
        _ => DurationParsing.Parse(value.Iso),
    };
}
