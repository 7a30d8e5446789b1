using System.Text;
using System.Text.Json;
using Graph.Core.Cypher;

namespace Graph.Neo4j.Tests;

/// <summary>Parameters written as typed JSON, and read back by the reader to the same Cypher value.</summary>
public sealed class Neo4jValueWriterTests
{
    private static string Write(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Neo4jValueWriter.Write(writer, value, "$p");
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Theory]
    [InlineData(null, """{"$type":"Null","_value":null}""")]
    [InlineData(true, """{"$type":"Boolean","_value":true}""")]
    [InlineData(9007199254740993L, """{"$type":"Integer","_value":"9007199254740993"}""")]
    [InlineData(7, """{"$type":"Integer","_value":"7"}""")]
    [InlineData(2.0, """{"$type":"Float","_value":"2"}""")]
    [InlineData(0.1, """{"$type":"Float","_value":"0.1"}""")]
    [InlineData(double.NegativeInfinity, """{"$type":"Float","_value":"-Infinity"}""")]
    [InlineData("taste", """{"$type":"String","_value":"taste"}""")]
    public void Scalars_are_written_with_their_cypher_type(object? value, string expected)
    {
        Assert.Equal(expected, Write(value));
    }

    [Fact]
    public void Temporal_values_use_neo4j_text_forms()
    {
        Assert.Equal("""{"$type":"Date","_value":"2024-01-31"}""", Write(new DateOnly(2024, 1, 31)));
        Assert.Equal("""{"$type":"OffsetDateTime","_value":"2024-01-01T21:40:32-01:00"}""",
            Write(new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1))));
        Assert.Equal("""{"$type":"Duration","_value":"PT1H30M"}""", Write(TimeSpan.FromMinutes(90)));
    }

    [Theory]
    [InlineData(CypherTemporalType.Date, "2024-01-31", "Date")]
    [InlineData(CypherTemporalType.LocalTime, "12:50:35.556000001", "LocalTime")]
    [InlineData(CypherTemporalType.Time, "12:50:35+01:00", "Time")]
    [InlineData(CypherTemporalType.LocalDateTime, "+10000-07-04T19:32:24", "LocalDateTime")]
    [InlineData(CypherTemporalType.DateTime, "2015-11-21T21:40:32.142+01:00", "OffsetDateTime")]
    [InlineData(CypherTemporalType.DateTime, "2015-11-21T21:40:32.142+01:00[Europe/Stockholm]", "ZonedDateTime")]
    [InlineData(CypherTemporalType.Duration, "P1Y2M3DT4H", "Duration")]
    public void Temporal_values_from_a_result_go_back_with_their_query_api_type(CypherTemporalType type, string text, string queryApiType)
    {
        var value = new CypherTemporal(type, text);

        var written = JsonDocument.Parse(Write(value)).RootElement;

        Assert.Equal(queryApiType, written.GetProperty("$type").GetString());
        Assert.Equal(text, written.GetProperty("_value").GetString());
        Assert.Equal(value, Neo4jValueReader.Read(written, "p"));
    }

    [Fact]
    public void Lists_and_maps_round_trip_through_the_reader()
    {
        var value = new Dictionary<string, object?>
        {
            ["ids"] = new List<object?> { 1L, long.MaxValue, null },
            ["nested"] = new Dictionary<string, object?> { ["ratio"] = 0.25, ["name"] = "x" },
        };

        var json = Write(value);
        var read = Neo4jValueReader.Read(JsonDocument.Parse(json).RootElement, "$p");

        var map = Assert.IsType<Dictionary<string, object?>>(read);
        Assert.Equal([1L, long.MaxValue, null], Assert.IsType<List<object?>>(map["ids"]));
        var nested = Assert.IsType<Dictionary<string, object?>>(map["nested"]);
        Assert.Equal(0.25, nested["ratio"]);
        Assert.Equal("x", nested["name"]);
    }

    [Fact]
    public void Graph_entities_are_refused_naming_the_parameter()
    {
        var node = new CypherNode("4:x:1", ["Person"], new Dictionary<string, object?>());

        var error = Assert.Throws<ArgumentException>(() => Write(new Dictionary<string, object?> { ["people"] = new List<object?> { node } }));

        Assert.Contains("Parameter $p.people[0] is a CypherNode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Types_without_a_cypher_equivalent_are_refused_naming_the_type()
    {
        var error = Assert.Throws<ArgumentException>(() => Write(new Uri("http://example.org")));

        Assert.Contains("Parameter $p has type System.Uri", error.Message, StringComparison.Ordinal);
    }
}
