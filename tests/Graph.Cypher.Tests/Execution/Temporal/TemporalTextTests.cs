using Graph.Cypher.Execution.Values.Temporal;

namespace Graph.Cypher.Tests.Execution.Temporal;

/// <summary>ISO strings in, Neo4j's printed form out.</summary>
public sealed class TemporalTextTests
{
    [Theory]
    [InlineData("2015-07-21", "2015-07-21")]
    [InlineData("2015W302", "2015-07-21")]
    [InlineData("2015-W53", "2015-12-28")]
    [InlineData("2015202", "2015-07-21")]
    [InlineData("+123456-03-04", "+123456-03-04")]
    [InlineData("-0044-03-15", "-0044-03-15")]
    public void Dates(string text, string printed) => Assert.Equal(printed, TemporalParsing.Date(text).ToString());

    [Theory]
    [InlineData("21", "21:00")]
    [InlineData("2140", "21:40")]
    [InlineData("21:40:00", "21:40")]
    [InlineData("21:40:00.5", "21:40:00.500")]
    [InlineData("21:40:00,0001", "21:40:00.000100")]
    [InlineData("21:40:00.123456789", "21:40:00.123456789")]
    public void Local_times(string text, string printed) => Assert.Equal(printed, TemporalParsing.LocalTime(text).ToString());

    [Theory]
    [InlineData("2015-07-21T21:40Z", "2015-07-21T21:40Z")]
    [InlineData("2015-07-21T21:40+00:00", "2015-07-21T21:40Z")]
    [InlineData("2015-07-21T21:40+0530", "2015-07-21T21:40+05:30")]
    [InlineData("2015-07-21", "2015-07-21T00:00Z")]
    [InlineData("2015-07-21T21:40[UTC]", "2015-07-21T21:40Z[UTC]")]
    [InlineData("2015-01-21T21:40[America/New_York]", "2015-01-21T21:40-05:00[America/New_York]")]
    public void Date_times(string text, string printed) => Assert.Equal(printed, TemporalParsing.DateTime(text).ToString());

    [Theory]
    [InlineData("PT0S", "PT0S")]
    [InlineData("P1W", "P7D")]
    [InlineData("PT90M", "PT1H30M")]
    [InlineData("PT-90M", "PT-1H-30M")]
    [InlineData("-P1Y", "P-1Y")]
    [InlineData("P-1Y13M", "P1M")]
    [InlineData("PT0.000000001S", "PT0.000000001S")]
    [InlineData("PT-0.000000001S", "PT-0.000000001S")]
    [InlineData("PT-61.25S", "PT-1M-1.25S")]
    [InlineData("P0.5D", "PT12H")]
    [InlineData("P1Y0.5M", "P1Y15DT5H14M33S")]
    public void Durations(string text, string printed) => Assert.Equal(printed, DurationParsing.Parse(text).ToString());

    [Theory]
    [InlineData("2015-13-01")]
    [InlineData("2015-02-29")]
    [InlineData("2015-W54")]
    [InlineData("24:00")]
    [InlineData("12:60")]
    [InlineData("2015-07-21T21:40+19:00")]
    [InlineData("P1H")]
    [InlineData("yesterday")]
    public void Invalid_text_is_an_argument_error(string text)
    {
        var error = Record.Exception(() => text.StartsWith('P') ? DurationParsing.Parse(text) : text.Contains(':', StringComparison.Ordinal) && !text.Contains('T', StringComparison.Ordinal) ? TemporalParsing.LocalTime(text) : (object)TemporalParsing.DateTime(text));

        Assert.Equal(Graph.Core.Cypher.CypherErrorCodes.ArgumentError, Assert.IsType<Graph.Core.Cypher.CypherException>(error).Code);
    }
}
