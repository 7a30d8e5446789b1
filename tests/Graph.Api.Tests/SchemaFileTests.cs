using Graph.Api.GraphQL;
using Graph.Testing;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>schema.graphql at the repository root is the served schema, printed by graphql-dotnet (schema.Print(), which replaces the obsolete SchemaPrinter); this keeps them equal.</summary>
public sealed class SchemaFileTests(EmptyGraphFixture graph) : IClassFixture<EmptyGraphFixture>
{
    private const string UpdateVariable = "GRAPH_UPDATE_SCHEMA";

    [Fact]
    public void Schema_file_matches_the_served_schema()
    {
        var schema = graph.Services.GetRequiredService<KnowledgeGraphSchema>();
        var printed = Normalize(schema.Print());
        var path = Path.Combine(RepoPaths.Root, "schema.graphql");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, printed);
        }

        var committed = File.Exists(path) ? Normalize(File.ReadAllText(path)) : "(missing)";

        Assert.True(committed == printed,
            $"schema.graphql differs from the schema the API serves. If the change is intended, regenerate it with\n" +
            $"  {UpdateVariable}=1 dotnet test tests/Graph.Api.Tests --filter \"FullyQualifiedName~SchemaFileTests\"\n" +
            $"and commit the file. First difference: {FirstDifference(committed, printed)}");
    }

    [Fact]
    public void Schema_declares_the_node_interface_and_the_headline_field()
    {
        var schema = graph.Services.GetRequiredService<KnowledgeGraphSchema>();
        var printed = schema.Print();

        Assert.Contains("interface Node", printed);
        Assert.Contains("type Thesis implements Node", printed);
        Assert.Contains("pairsWith(thesis: String!): [ThesisPairing!]!", printed);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var left = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var right = i < actualLines.Length ? actualLines[i] : "(end of schema)";
            if (left != right)
            {
                return $"line {i + 1}: file has '{left}', served schema has '{right}'";
            }
        }
        return "none";
    }
}
