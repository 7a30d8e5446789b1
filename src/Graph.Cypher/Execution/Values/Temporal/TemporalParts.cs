namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>The date, time of day and zone a temporal value has, as local parts (null when it has none).</summary>
internal static class TemporalParts
{
    public static long? DateOf(object? value) => value switch
    {
        DateValue date => date.EpochDay,
        LocalDateTimeValue local => local.EpochDay,
        DateTimeValue zoned => zoned.LocalEpochDay,
        _ => null,
    };

    public static long? TimeOf(object? value) => value switch
    {
        LocalTimeValue local => local.NanoOfDay,
        TimeValue time => time.NanoOfDay,
        LocalDateTimeValue local => local.NanoOfDay,
        DateTimeValue zoned => zoned.LocalNanoOfDay,
        _ => null,
    };

    public static ZoneSpec? ZoneOf(object? value) => value switch
    {
        TimeValue time => ZoneSpec.Fixed(time.OffsetSeconds),
        DateTimeValue zoned => ZoneSpec.Of(zoned),
        _ => null,
    };

    /// <summary>A base value named in a constructor's map: it must be temporal and have the part asked for.</summary>
    public static object? Base(TemporalFields fields, string key, bool needsDate)
    {
        var value = fields.Get(key);
        if (value is null)
        {
            return null;
        }
        if ((needsDate ? DateOf(value) : TimeOf(value)) is null)
        {
            throw RuntimeErrors.Expected(needsDate ? $"a value with a date for {key}" : $"a value with a time for {key}", value);
        }
        return value;
    }
}
