using System.Globalization;

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
    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>A Cypher Date for a calendar day; years 1 to 9999 print as Neo4j prints them, YYYY-MM-DD.</summary>
    public static CypherTemporal OfDate(DateOnly day) => new(CypherTemporalType.Date, day.ToString(DayFormat, CultureInfo.InvariantCulture));

    /// <summary>
    /// The day a Date stands for, when it is one .NET can hold (years 1 to 9999, printed YYYY-MM-DD); false for any
    /// other type and for the years beyond, which Neo4j prints with a sign (+12345-01-02, -0001-01-01).
    /// </summary>
    public bool TryGetDate(out DateOnly day)
    {
        day = default;
        return Type == CypherTemporalType.Date
            && DateOnly.TryParseExact(Iso, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    public override string ToString() => Iso;
}
