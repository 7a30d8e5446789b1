namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>A time zone as written in a query: a fixed UTC offset, or a named zone from the platform's tz database.</summary>
internal sealed record ZoneSpec(int FixedOffset, TimeZoneInfo? Named, string? Name)
{
    public static readonly ZoneSpec Utc = Fixed(0);

    public static ZoneSpec Fixed(int offsetSeconds) => new(offsetSeconds, null, null);

    /// <summary>The zone a value carries: its name when it has one, else its offset.</summary>
    public static ZoneSpec Of(DateTimeValue value) => value.ZoneId is { } name ? TimeZones.Parse(name) : Fixed(value.OffsetSeconds);
}
