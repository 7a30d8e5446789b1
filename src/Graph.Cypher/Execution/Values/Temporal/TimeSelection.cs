namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>A time of day from map components, each missing one taken from the base time (or zero).</summary>
internal static class TimeSelection
{
    public static long Select(TemporalFields fields, long? baseNanoOfDay)
    {
        var basis = baseNanoOfDay ?? 0;
        var seconds = basis / CalendarMath.NanosPerSecond;
        var hour = fields.Number("hour") ?? seconds / 3600;
        var minute = fields.Number("minute") ?? seconds / 60 % 60;
        var second = fields.Number("second") ?? seconds % 60;
        var nano = fields.HasSubSecond ? fields.SubSecondNanos() : basis % CalendarMath.NanosPerSecond;
        return TemporalChecks.NanoOfDay(hour, minute, second, nano);
    }
}
