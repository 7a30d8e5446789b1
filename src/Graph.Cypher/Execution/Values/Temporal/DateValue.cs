using System.Text;

namespace Graph.Cypher.Execution.Values.Temporal;

/// <summary>A calendar date without time or zone (Neo4j's DATE), as days since 1970-01-01.</summary>
internal sealed record DateValue(long EpochDay) : ITemporalValue
{
    public static DateValue Of(long year, int month, int day)
    {
        TemporalChecks.Date(year, month, day);
        return new DateValue(CalendarMath.EpochDay(year, month, day));
    }

    public override string ToString() => new StringBuilder().AppendDate(EpochDay).ToString();
}
