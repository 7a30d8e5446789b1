using Graph.Api.Data;
using Graph.Core.Cypher;
using Graph.Core.Model;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>Relationship fields are batched: a nested request costs one statement per field per level, not per object.</summary>
public sealed class BatchingTests() : ServiceTest(new GraphApiFactory(RepoPaths.NewTempDirectory("graph-api-batching"), RepoPaths.SampleWiki,
        GraphApiFactory.WrappingSession(session => new RecordingSession(session)),
        // The resolvers' batching: what answers a query the translator cannot express.
        new Dictionary<string, string> { ["Graph:Translation:Enabled"] = "false" }))
{
    [Fact]
    public async Task A_nested_request_sends_one_statement_per_field_and_level()
    {
        var recording = (RecordingSession)Store;
        recording.Clear();

        var data = (await Client.PostAsync(
            "query($id: ID!) { node(id: $id) { ... on Show { sources { title people { name holds { name } } mentions { name } } } } }",
            new { id = NodeIds.For(Labels.Show, "Lenny's Podcast") })).AssertData();

        var sources = data.GetProperty("node").GetProperty("sources").EnumerateArray().ToList();
        Assert.True(sources.Count >= 2, $"Lenny's Podcast should have several sources in the sample wiki: {data}");
        Assert.True(sources.Sum(source => source.GetProperty("people").GetArrayLength()) >= 2);
        var sent = recording.Statements;
        Assert.Equal(5, sent.Count);
        Assert.Single(sent, statement => statement == GraphHops.ShowSources.Statement);
        Assert.Single(sent, statement => statement == GraphHops.SourcePeople.Statement);
        Assert.Single(sent, statement => statement == GraphHops.SourceMentions.Statement);
        Assert.Single(sent, statement => statement == GraphHops.PersonHolds.Statement);
    }
}
