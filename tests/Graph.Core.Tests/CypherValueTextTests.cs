using Graph.Core.Cypher;

namespace Graph.Core.Tests;

public sealed class CypherValueTextTests
{
    [Theory]
    [InlineData(null, "null")]
    [InlineData(true, "true")]
    [InlineData(42L, "42")]
    [InlineData(1.0, "1.0")]
    [InlineData(2.5, "2.5")]
    [InlineData("plain", "plain")]
    public void Scalars_print_as_cypher_shell_does(object? value, string expected)
    {
        Assert.Equal(expected, CypherValueText.Format(value));
    }

    [Fact]
    public void Nested_strings_are_quoted_and_maps_sorted()
    {
        var value = new List<object?> { "a \"b\"", 1L, new Dictionary<string, object?> { ["z"] = 1L, ["a"] = null } };

        Assert.Equal("[\"a \\\"b\\\"\", 1, {a: null, z: 1}]", CypherValueText.Format(value));
    }

    [Fact]
    public void Nodes_relationships_and_paths_render_as_patterns()
    {
        var a = new CypherNode("1", ["Person"], new Dictionary<string, object?> { ["name"] = "Dan Shipper" });
        var b = new CypherNode("2", ["Thesis"], new Dictionary<string, object?>());
        var holds = new CypherRelationship("7", "HOLDS", "1", "2", new Dictionary<string, object?>());
        var path = new CypherPath([b, a], [holds]);

        Assert.Equal("(:Person {name: \"Dan Shipper\"})", CypherValueText.Format(a));
        Assert.Equal("(:Thesis)<-[:HOLDS]-(:Person {name: \"Dan Shipper\"})", CypherValueText.Format(path));
    }
}
