using System.Text;

namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>A time of day without zone (Neo4j's LOCAL TIME), as nanoseconds since midnight.</summary>
internal sealed record LocalTimeValue(long NanoOfDay) : ITemporalValue
{
    public override string ToString() => new StringBuilder().AppendTime(NanoOfDay).ToString();
}
