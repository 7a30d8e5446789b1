using System.Text;

namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>A time of day at a UTC offset (Neo4j's ZONED TIME); times have offsets, never named zones.</summary>
internal sealed record TimeValue(long NanoOfDay, int OffsetSeconds) : ITemporalValue
{
    /// <summary>The same moment in UTC, not wrapped to one day: what times compare by.</summary>
    public long UtcNanoOfDay => NanoOfDay - OffsetSeconds * CalendarMath.NanosPerSecond;

    public override string ToString() => new StringBuilder().AppendTime(NanoOfDay).AppendOffset(OffsetSeconds).ToString();
}
