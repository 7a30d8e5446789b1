using System.Text.Json;
using Graph.Api.GraphQL;
using Graph.Core.Cypher;
using Microsoft.Extensions.Options;

namespace Graph.Api.Tests;

/// <summary>The cache's own rules: which backends, which versions, how much.</summary>
public sealed class ResponseCacheUnitTests
{
    private static readonly GraphQLHttpRequest Request = new("{ a }", null, null);

    [Fact]
    public void A_store_without_commit_versions_is_never_cached()
    {
        var cache = new GraphQLResponseCache(new UnversionedSession(), Options.Create(new GraphQLResponseCacheOptions()));

        Assert.Null(cache.CurrentVersion);
    }

    [Fact]
    public void Disabled_in_configuration_nothing_is_cached()
    {
        var cache = new GraphQLResponseCache(new VersionedSession(), Options.Create(new GraphQLResponseCacheOptions { Enabled = false }));

        Assert.Null(cache.CurrentVersion);
    }

    [Fact]
    public void A_response_is_found_only_at_the_version_it_was_computed_from()
    {
        var session = new VersionedSession { CommittedVersion = 3 };
        var cache = new GraphQLResponseCache(session, Options.Create(new GraphQLResponseCacheOptions()));

        cache.Add(Request, 3, [1, 2, 3]);

        Assert.Equal([1, 2, 3], cache.Find(Request, 3));
        Assert.Null(cache.Find(Request, 4));
        session.CommittedVersion = 4;
        cache.Add(Request with { Query = "{ b }" }, 4, [4]);
        Assert.Null(cache.Find(Request, 3));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void A_response_computed_before_a_commit_is_not_kept()
    {
        var session = new VersionedSession { CommittedVersion = 5 };
        var cache = new GraphQLResponseCache(session, Options.Create(new GraphQLResponseCacheOptions()));

        cache.Add(Request, 4, [1]);

        Assert.Null(cache.Find(Request, 4));
        Assert.Null(cache.Find(Request, 5));
    }

    [Fact]
    public void Variables_and_operation_name_are_part_of_the_request()
    {
        var cache = new GraphQLResponseCache(new VersionedSession(), Options.Create(new GraphQLResponseCacheOptions()));
        var withVariables = Request with { Variables = JsonDocument.Parse("""{"n":1}""").RootElement };

        cache.Add(withVariables, 0, [7]);

        Assert.Null(cache.Find(Request, 0));
        Assert.Null(cache.Find(withVariables with { OperationName = "Other" }, 0));
        Assert.Equal([7], cache.Find(Request with { Variables = JsonDocument.Parse("""{"n":1}""").RootElement }, 0));
    }

    [Fact]
    public void Past_the_byte_budget_new_responses_are_not_kept()
    {
        var cache = new GraphQLResponseCache(new VersionedSession(), Options.Create(new GraphQLResponseCacheOptions { MaxBytes = 1_000 }));

        cache.Add(Request, 0, new byte[600]);
        cache.Add(Request with { Query = "{ b }" }, 0, new byte[600]);

        Assert.NotNull(cache.Find(Request, 0));
        Assert.Null(cache.Find(Request with { Query = "{ b }" }, 0));
    }

    private class UnversionedSession : ICypherSession
    {
        public string Backend => "test";

        public Task<CypherResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CypherAccessMode mode = CypherAccessMode.Write, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<T> ExecuteWriteAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<T> InOneSnapshotAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default) => work();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class VersionedSession : UnversionedSession, ICommitVersion
    {
        public long CommittedVersion { get; set; }
    }
}
