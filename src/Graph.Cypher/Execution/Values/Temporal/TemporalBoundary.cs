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
