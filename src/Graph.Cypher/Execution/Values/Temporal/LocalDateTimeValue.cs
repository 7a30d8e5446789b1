using System.Text;

namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>A date and time of day without zone (Neo4j's LOCAL DATETIME).</summary>
internal sealed record LocalDateTimeValue(long EpochDay, long NanoOfDay) : ITemporalValue
{
    public override string ToString() => new StringBuilder().AppendDate(EpochDay).Append('T').AppendTime(NanoOfDay).ToString();
}
