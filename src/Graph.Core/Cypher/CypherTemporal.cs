namespace Graph.Core.Cypher;

/// <summary>The Cypher temporal types, named as Neo4j names them.</summary>
public enum CypherTemporalType
{
    Date,
    LocalTime,
    Time,
    LocalDateTime,
    DateTime,
    Duration,
}

/// <summary>
/// A temporal value as returned by a query: its type and its ISO-8601 text exactly as Neo4j prints it
/// (1984-10-11T12:31:14.645876123+01:00[Europe/Stockholm], P14DT16H12M). .NET's DateOnly, TimeOnly and
/// DateTimeOffset would drop nanoseconds, named zones, years beyond 9999 and a duration's months, so the text
/// is the lossless form; it is also what JSON output and the Neo4j backend give.
/// </summary>
public sealed record CypherTemporal(CypherTemporalType Type, string Iso)
{
    public override string ToString() => Iso;
}
