using System.Text.Json;
using Graph.Core.Cypher;

namespace Graph.Neo4j.Tests;

/// <summary>Typed JSON as the Query API documents it, mapped to Graph.Core's Cypher values.</summary>
public sealed class Neo4jValueReaderTests
{
    private static object? Read(string json) => Neo4jValueReader.Read(JsonDocument.Parse(json).RootElement, "data.values[0][0]");

    [Theory]
    [InlineData("9007199254740993", 9007199254740993L)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("0", 0L)]
    public void Integers_are_exact_longs_beyond_2_to_the_53(string digits, long expected)
    {
        var value = Read($$"""{"$type":"Integer","_value":"{{digits}}"}""");

        Assert.Equal(expected, Assert.IsType<long>(value));
    }

    [Theory]
    [InlineData("4.56", 4.56)]
    [InlineData("3.2E9", 3.2e9)]
    [InlineData("2.0E-7", 2.0e-7)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    public void Floats_parse_decimal_scientific_and_infinite_spellings(string text, double expected)
    {
        Assert.Equal(expected, Assert.IsType<double>(Read($$"""{"$type":"Float","_value":"{{text}}"}""")));
    }

    [Fact]
    public void NaN_is_a_double_NaN()
    {
        Assert.True(double.IsNaN(Assert.IsType<double>(Read("""{"$type":"Float","_value":"NaN"}"""))));
    }

    [Theory]
    [InlineData("Date", "2015-03-26", CypherTemporalType.Date)]
    [InlineData("Time", "12:50:35.556+01:00", CypherTemporalType.Time)]
    [InlineData("LocalTime", "12:50:35.556", CypherTemporalType.LocalTime)]
    [InlineData("ZonedDateTime", "2015-11-21T21:40:32.142Z[Antarctica/Troll]", CypherTemporalType.DateTime)]
    [InlineData("OffsetDateTime", "2015-11-21T21:40:32.142Z", CypherTemporalType.DateTime)]
    [InlineData("LocalDateTime", "2015-07-04T19:32:24", CypherTemporalType.LocalDateTime)]
    [InlineData("Duration", "P14DT16H12M", CypherTemporalType.Duration)]
    public void Temporal_values_keep_their_type_and_text(string type, string text, CypherTemporalType expected)
    {
        Assert.Equal(new CypherTemporal(expected, text), Read($$"""{"$type":"{{type}}","_value":"{{text}}"}"""));
    }

    [Theory]
    [InlineData("Point", "SRID=7203;POINT (1.2 3.4)")]
    [InlineData("String", "Hello World")]
    public void Spatial_and_string_values_keep_their_text(string type, string text)
    {
        Assert.Equal(text, Read($$"""{"$type":"{{type}}","_value":"{{text}}"}"""));
    }

    [Fact]
    public void Null_boolean_list_and_map_nest()
    {
        var value = Read("""
            {"$type":"Map","_value":{
              "flag":{"$type":"Boolean","_value":false},
              "none":{"$type":"Null","_value":null},
              "items":{"$type":"List","_value":[{"$type":"Integer","_value":"1"},{"$type":"String","_value":"two"}]}}}
            """);

        var map = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal(false, map["flag"]);
        Assert.Null(map["none"]);
        Assert.Equal([1L, "two"], Assert.IsType<List<object?>>(map["items"]));
    }

    [Fact]
    public void A_path_becomes_nodes_and_relationships_with_direction_from_the_relationship_ends()
    {
        var value = Read("""
            {"$type":"Path","_value":[
              {"$type":"Node","_value":{"_element_id":"4:x:0","_labels":["Person"],"_properties":{"age":{"$type":"Integer","_value":"42"}}}},
              {"$type":"Relationship","_value":{"_element_id":"5:x:2","_start_node_element_id":"4:x:2","_end_node_element_id":"4:x:0",
                 "_type":"HOLDS","_properties":{"since":{"$type":"String","_value":"forever"}}}},
              {"$type":"Node","_value":{"_element_id":"4:x:2","_labels":["Thesis","Idea"],"_properties":{}}}]}
            """);

        var path = Assert.IsType<CypherPath>(value);
        Assert.Equal(["4:x:0", "4:x:2"], path.Nodes.Select(n => n.ElementId));
        Assert.Equal(42L, path.Nodes[0]["age"]);
        Assert.Equal(["Thesis", "Idea"], path.Nodes[1].Labels);
        var relationship = Assert.Single(path.Relationships);
        Assert.Equal(("HOLDS", "4:x:2", "4:x:0"), (relationship.Type, relationship.StartElementId, relationship.EndElementId));
        Assert.Equal("forever", relationship["since"]);
    }

    [Fact]
    public void Vectors_become_lists_of_numbers_by_coordinate_type()
    {
        var ints = Read("""{"$type":"Vector","_value":{"coordinatesType":"INT8","coordinates":["1","-5","10"]}}""");
        var floats = Read("""{"$type":"Vector","_value":{"coordinatesType":"FLOAT32","coordinates":["0.5","2"]}}""");

        Assert.Equal([1L, -5L, 10L], Assert.IsType<List<object?>>(ints));
        Assert.Equal([0.5, 2.0], Assert.IsType<List<object?>>(floats));
    }

    [Theory]
    [InlineData("""{"$type":"Integer","_value":"9223372036854775808"}""", "data.values[0][0]: Integer with value \"9223372036854775808\" (not a 64-bit integer)")]
    [InlineData("""{"$type":"Integer","_value":"1.5"}""", "Integer with value \"1.5\"")]
    [InlineData("""{"_value":"1"}""", "expected an object with \"$type\" and \"_value\"")]
    [InlineData("""{"$type":"Gizmo","_value":"1"}""", "unknown Query API type \"Gizmo\"")]
    [InlineData("""{"$type":"List","_value":[{"$type":"Boolean","_value":"yes"}]}""", "data.values[0][0][0]: Boolean with value \"yes\"")]
    [InlineData("""{"$type":"Map","_value":{"k":{"$type":"Float","_value":"abc"}}}""", "data.values[0][0].k: Float with value \"abc\"")]
    [InlineData("""{"$type":"Node","_value":{"_labels":[]}}""", "expected \"_element_id\" as a JSON string")]
    [InlineData("""{"$type":"Path","_value":[{"$type":"Null","_value":null}]}""", "data.values[0][0][0]: a path must alternate nodes and relationships")]
    public void Malformed_values_fail_naming_where_they_are(string json, string expected)
    {
        var error = Assert.Throws<CypherException>(() => Read(json));

        Assert.Equal(Neo4jErrors.ProtocolError, error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsupported_values_fail_as_unsupported_rather_than_as_a_wrong_answer()
    {
        var error = Assert.Throws<CypherException>(() => Read("""{"$type":"Unsupported","_value":"Type Foo is not supported."}"""));

        Assert.Equal(CypherErrorCodes.Unsupported, error.Code);
        Assert.Contains("Type Foo is not supported.", error.Message, StringComparison.Ordinal);
    }
}
