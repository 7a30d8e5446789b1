using Graph.Api.GraphQL;
using Graph.Core.Cypher;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>
/// Whole responses are served from the cache only while the graph has not changed: the second identical request
/// reaches no store statement, and any commit makes the next request run again.
/// </summary>
public sealed class ResponseCacheTests() : ServiceTest(new GraphApiFactory(RepoPaths.NewTempDirectory("graph-api-cache"),
        RepoPaths.SampleWiki,
        GraphApiFactory.WrappingSession(session => new VersionedRecordingSession(session))))
{
    private const string PersonQuery = """query($name: String!) { person(name: $name) { id name affiliation appearsIn { title } } }""";

    private VersionedRecordingSession Session => (VersionedRecordingSession)Store;

    private GraphQLResponseCache Cache => Factory.Services.GetRequiredService<GraphQLResponseCache>();

    [Fact]
    public async Task A_repeated_query_is_answered_without_touching_the_store()
    {
        var first = await Client.PostAsync(PersonQuery, new { name = "Dan Shipper" });
        var firstText = first.Body.GetRawText();
        Assert.False(first.HasErrors, firstText);
        Assert.Equal("person:dan-shipper", first.Data.GetProperty("person").GetProperty("id").GetString());
        Session.Clear();

        var second = await Client.PostAsync(PersonQuery, new { name = "Dan Shipper" });
        var viaGet = await Client.GetQueryAsync(PersonQuery, """{"name":"Dan Shipper"}""");

        Assert.Equal(firstText, second.Body.GetRawText());
        Assert.Equal(200, second.Status);
        Assert.Equal(GraphQLClient.GraphQLResponse, second.MediaType);
        Assert.Equal(firstText, viaGet.Body.GetRawText());
        Assert.Empty(Session.Statements);
    }

    [Fact]
    public async Task Other_variables_are_another_request()
    {
        await Client.PostAsync(PersonQuery, new { name = "Dan Shipper" });
        Session.Clear();

        var other = await Client.PostAsync(PersonQuery, new { name = "Andrew Ambrosino" });

        Assert.Equal("person:andrew-ambrosino", other.Data.GetProperty("person").GetProperty("id").GetString());
        Assert.NotEmpty(Session.Statements);
    }

    [Fact]
    public async Task A_commit_makes_the_next_request_read_the_new_graph()
    {
        var before = await Client.PostAsync(PersonQuery, new { name = "Dan Shipper" });
        Assert.NotEqual("Cache Test Co", before.Data.GetProperty("person").GetProperty("affiliation").GetString());

        await Session.RunAsync("MATCH (p:Person {id: $id}) SET p.affiliation = $affiliation",
            new Dictionary<string, object?> { ["id"] = "person:dan-shipper", ["affiliation"] = "Cache Test Co" },
            cancellationToken: TestContext.Current.CancellationToken);
        Session.Clear();
        var after = await Client.PostAsync(PersonQuery, new { name = "Dan Shipper" });

        Assert.Equal("Cache Test Co", after.Data.GetProperty("person").GetProperty("affiliation").GetString());
        Assert.NotEmpty(Session.Statements);
    }

    [Fact]
    public async Task A_response_with_errors_is_never_kept()
    {
        const string overLimit = """{ path(from: "tool:codex", to: "person:dan-shipper", maxHops: 99) { nodes { id } } }""";
        var first = await Client.PostAsync(overLimit);
        Assert.True(first.HasErrors);
        var unknownField = await Client.PostAsync("{ nope }");
        Assert.True(unknownField.HasErrors);

        Assert.Equal(0, Cache.Count);
    }
}
