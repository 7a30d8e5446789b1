using Graph.Core.Cypher;

namespace Graph.Core.Tests;

public sealed class CypherTemporalTests
{
    [Fact]
    public void A_day_becomes_a_Date_printed_as_Neo4j_prints_it_and_reads_back()
    {
        var date = CypherTemporal.OfDate(new DateOnly(2025, 3, 5));

        Assert.Equal(new CypherTemporal(CypherTemporalType.Date, "2025-03-05"), date);
        Assert.True(date.TryGetDate(out var day));
        Assert.Equal(new DateOnly(2025, 3, 5), day);
        Assert.Equal("0001-01-01", CypherTemporal.OfDate(DateOnly.MinValue).Iso);
    }

    [Theory]
    [InlineData(CypherTemporalType.Date, "+12345-01-02")]
    [InlineData(CypherTemporalType.Date, "-0001-01-01")]
    [InlineData(CypherTemporalType.LocalDateTime, "2025-03-05T10:00")]
    [InlineData(CypherTemporalType.Duration, "P1D")]
    public void Only_a_Date_within_years_1_to_9999_is_a_day(CypherTemporalType type, string iso)
    {
        Assert.False(new CypherTemporal(type, iso).TryGetDate(out _));
    }
}
