using System.Collections.Concurrent;
using Graph.Api.GraphQL;
using Graph.Core.Cypher;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>
/// Whole responses are served from the cache only while the graph has not changed: the second identical request
/// reaches no store statement, and any commit makes the next request run again.
/// </summary>
public sealed class ResponseCacheTests : IAsyncLifetime
{
    private const string PersonQuery = """query($name: String!) { person(name: $name) { id name affiliation appearsIn { title } } }""";

    private readonly GraphApiFactory factory = new(
        RepoPaths.NewTempDirectory("graph-api-cache"),
        RepoPaths.SampleWiki,
        GraphApiFactory.WrappingSession(session => new CountingSession(session)));

    private HttpClient client = null!;

    private CountingSession Session => (CountingSession)factory.Services.GetRequiredService<ICypherSession>();

    private GraphQLResponseCache Cache => factory.Services.GetRequiredService<GraphQLResponseCache>();

    public ValueTask InitializeAsync()
    {
        client = factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        RepoPaths.DeleteDataDirectory(factory.DataDirectory);
    }

    [Fact]
    public async Task A_repeated_query_is_answered_without_touching_the_store()
    {
        var first = await client.PostAsync(PersonQuery, new { name = "Dan Shipper" });
        var firstText = first.Body.GetRawText();
        Assert.False(first.HasErrors, firstText);
        Assert.Equal("person:dan-shipper", first.Data.GetProperty("person").GetProperty("id").GetString());
        Session.Clear();

        var second = await client.PostAsync(PersonQuery, new { name = "Dan Shipper" });
        var viaGet = await client.GetQueryAsync(PersonQuery, """{"name":"Dan Shipper"}""");

        Assert.Equal(firstText, second.Body.GetRawText());
        Assert.Equal(200, second.Status);
        Assert.Equal(GraphQLClient.GraphQLResponse, second.MediaType);
        Assert.Equal(firstText, viaGet.Body.GetRawText());
        Assert.Empty(Session.Statements);
    }

    [Fact]
    public async Task Other_variables_are_another_request()
    {
        await client.PostAsync(PersonQuery, new { name = "Dan Shipper" });
        Session.Clear();

        var other = await client.PostAsync(PersonQuery, new { name = "Andrew Ambrosino" });

        Assert.Equal("person:andrew-ambrosino", other.Data.GetProperty("person").GetProperty("id").GetString());
        Assert.NotEmpty(Session.Statements);
    }

    [Fact]
    public async Task A_commit_makes_the_next_request_read_the_new_graph()
    {
        var before = await client.PostAsync(PersonQuery, new { name = "Dan Shipper" });
        Assert.NotEqual("Cache Test Co", before.Data.GetProperty("person").GetProperty("affiliation").GetString());

        await Session.RunAsync("MATCH (p:Person {id: $id}) SET p.affiliation = $affiliation",
            new Dictionary<string, object?> { ["id"] = "person:dan-shipper", ["affiliation"] = "Cache Test Co" },
            cancellationToken: TestContext.Current.CancellationToken);
        Session.Clear();
        var after = await client.PostAsync(PersonQuery, new { name = "Dan Shipper" });

        Assert.Equal("Cache Test Co", after.Data.GetProperty("person").GetProperty("affiliation").GetString());
        Assert.NotEmpty(Session.Statements);
    }

    [Fact]
    public async Task A_response_with_errors_is_never_kept()
    {
        const string overLimit = """{ path(from: "tool:codex", to: "person:dan-shipper", maxHops: 99) { nodes { id } } }""";
        var first = await client.PostAsync(overLimit);
        Assert.True(first.HasErrors);
        var unknownField = await client.PostAsync("{ nope }");
        Assert.True(unknownField.HasErrors);

        Assert.Equal(0, Cache.Count);
    }

    /// <summary>The real store with its commit version passed through (so the cache is on), counting statements.</summary>
    private sealed class CountingSession(ICypherSession inner) : ICypherSession, ICommitVersion
    {
        private readonly ConcurrentQueue<string> statements = new();

        public string Backend => inner.Backend;

        public long CommittedVersion => ((ICommitVersion)inner).CommittedVersion;

        public IReadOnlyList<string> Statements => [.. statements];

        public void Clear() => statements.Clear();

        public Task<CypherResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CypherAccessMode mode = CypherAccessMode.Write, CancellationToken cancellationToken = default)
        {
            statements.Enqueue(query);
            return inner.RunAsync(query, parameters, mode, cancellationToken);
        }

        public Task<T> ExecuteWriteAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
            inner.ExecuteWriteAsync(work, cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
