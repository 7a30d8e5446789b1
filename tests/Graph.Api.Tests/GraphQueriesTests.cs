using Graph.Api.Data;
using Graph.Core.Cypher;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>Every statement the API can send runs on the embedded engine, in read mode, over the sample graph.</summary>
public sealed class GraphQueriesTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    public static TheoryData<string> Statements => [.. GraphQueries.All];

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task Runs_in_read_mode(string statement)
    {
        var session = graph.Services.GetRequiredService<ICypherSession>();
        var parameters = new Dictionary<string, object?>
        {
            ["id"] = "person:dan-shipper",
            ["name"] = "Dan Shipper",
            ["ids"] = new List<object?> { "person:dan-shipper", "thesis:taste-is-the-bottleneck", "tool:codex" },
        };

        var result = await session.RunAsync(statement, parameters, CypherAccessMode.Read, TestContext.Current.CancellationToken);

        Assert.NotEmpty(result.Columns);
    }

    public static TheoryData<int> ComposedStatements => [.. Enumerable.Range(0, GraphQueries.Composed.Count)];

    [Theory]
    [MemberData(nameof(ComposedStatements))]
    public async Task Composed_statements_run_in_read_mode_with_their_parameters(int index)
    {
        var session = graph.Services.GetRequiredService<ICypherSession>();
        var (statement, parameters) = GraphQueries.Composed[index];

        var result = await session.RunAsync(statement, parameters, CypherAccessMode.Read, TestContext.Current.CancellationToken);

        Assert.NotEmpty(result.Columns);
    }

    [Fact]
    public async Task Hop_statements_find_far_ends_for_several_ids_at_once()
    {
        var queries = graph.Services.GetRequiredService<GraphQueries>();

        var ends = await queries.HopAsync(GraphHops.ThesisHeldBy, ["thesis:taste-is-the-bottleneck", "thesis:every-agent-needs-a-human-who-cares-about-it", "thesis:none"], TestContext.Current.CancellationToken);

        Assert.Contains(ends["thesis:every-agent-needs-a-human-who-cares-about-it"], person => person.Id == "person:dan-shipper");
        Assert.Contains(ends["thesis:taste-is-the-bottleneck"], person => person.Id == "person:andrew-ambrosino");
        Assert.False(ends.ContainsKey("thesis:none"));
    }
}
