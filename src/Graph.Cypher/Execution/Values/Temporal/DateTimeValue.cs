using System.Text;

namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>
/// An instant with the offset it is seen at and, when it was given one, the named zone that chose the offset
/// (Neo4j's ZONED DATETIME). Equal values are the same instant in the same zone.
/// </summary>
internal sealed record DateTimeValue(long EpochSecond, int Nano, int OffsetSeconds, string? ZoneId) : ITemporalValue
{
    private long LocalSecond => EpochSecond + OffsetSeconds;

    public long LocalEpochDay => CalendarMath.FloorDiv(LocalSecond, CalendarMath.SecondsPerDay);

    public long LocalNanoOfDay => CalendarMath.FloorMod(LocalSecond, CalendarMath.SecondsPerDay) * CalendarMath.NanosPerSecond + Nano;

    /// <summary>The zone as Neo4j reports it: the name when there is one, else the offset.</summary>
    public string Zone => ZoneId ?? TemporalText.Offset(OffsetSeconds);

    public override string ToString()
    {
        var text = new StringBuilder().AppendDate(LocalEpochDay).Append('T').AppendTime(LocalNanoOfDay).AppendOffset(OffsetSeconds);
        return ZoneId is null ? text.ToString() : text.Append('[').Append(ZoneId).Append(']').ToString();
    }
}
