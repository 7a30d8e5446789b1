using System.Text.Json;
using Graph.Core.Cypher;
using Graph.Testing;

namespace Graph.Api.Tests;

/// <summary>
/// Every statement of one GraphQL response reads the same version of the graph, however many commits land while it
/// is built. Under `serve --watch` a nested batched statement used to read a later commit than the list above it
/// (a Source with its old title and none of its claims).
/// </summary>
public sealed class OneSnapshotTests() : ServiceTest(new GraphApiFactory(RepoPaths.NewTempDirectory("graph-api-snapshot"), RepoPaths.SampleWiki,
        GraphApiFactory.WrappingSession(session => new WriteBetweenReadsSession(session)),
        new Dictionary<string, string> { ["Graph:ResponseCache:Enabled"] = "false" }))
{
    // Each source's title and the evidence of each of its relationships: one statement for the list, one for the nested field.
    private const string SourcesWithRelationships = "{ sources(first: 50) { nodes { title relationships { evidence } } } }";

    // One commit stamps every source title and every relationship of a source with the same version.
    private const string Stamp = "MATCH (s:Source) SET s.title = $version WITH s MATCH (s)-[r]-() SET r.evidence = $version";

    [Fact]
    public async Task A_commit_between_the_list_and_its_nested_field_is_not_seen_by_either()
    {
        var session = (WriteBetweenReadsSession)Store;
        session.AfterNextRead = () => Store.ExecuteWriteAsync(tx => tx.RunAsync(Stamp, new Dictionary<string, object?> { ["version"] = "stamped" }));

        var data = (await Client.PostAsync(SourcesWithRelationships)).AssertData();

        Assert.True(session.Stamped, "the write between the reads did not happen");
        Assert.Equal([], Mixed(data));
        Assert.DoesNotContain("stamped", data.GetRawText());
        // The next answer reads the commit as a whole.
        var after = (await Client.PostAsync(SourcesWithRelationships)).AssertData();
        Assert.All(Versions(after), version => Assert.Equal("stamped", version));
    }

    [Fact(Timeout = 120_000)]
    public async Task Answers_read_while_commits_keep_landing_are_never_mixed()
    {
        using var stop = new CancellationTokenSource();
        var commits = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var version = $"v{++commits}";
                await Store.ExecuteWriteAsync(tx => tx.RunAsync(Stamp, new Dictionary<string, object?> { ["version"] = version }));
            }
        }, TestContext.Current.CancellationToken);

        var mixed = new List<string>();
        const int Answers = 300;
        for (var i = 0; i < Answers; i++)
        {
            mixed.AddRange(Mixed((await Client.PostAsync(SourcesWithRelationships)).AssertData()));
        }
        await stop.CancelAsync();
        await writer;

        TestContext.Current.TestOutputHelper?.WriteLine($"{Answers} answers read while {commits} commits landed; {mixed.Count} mixed.");
        Assert.True(commits > 10, $"only {commits} commits landed while the answers were read");
        Assert.Equal([], mixed);
    }

    // An answer is mixed when a source's relationships carry another version than its title (unstamped text is the original).
    private static List<string> Mixed(JsonElement data) => data.GetProperty("sources").GetProperty("nodes").EnumerateArray()
        .Where(source => source.GetProperty("relationships").EnumerateArray()
            .Any(r => Version(r.GetProperty("evidence").GetString()) != Version(source.GetProperty("title").GetString())))
        .Select(source => source.GetRawText()).ToList();

    private static string Version(string? text) => text is "stamped" || (text is ['v', _, ..] && text[1..].All(char.IsDigit)) ? text : "original";

    private static IEnumerable<string?> Versions(JsonElement data) => data.GetProperty("sources").GetProperty("nodes").EnumerateArray()
        .SelectMany(source => source.GetProperty("relationships").EnumerateArray().Select(r => r.GetProperty("evidence").GetString())
            .Append(source.GetProperty("title").GetString()));

    /// <summary>The real store, which runs a given write right after the next read statement returns.</summary>
    private sealed class WriteBetweenReadsSession(ICypherSession inner) : RecordingSession(inner)
    {
        private Func<Task>? afterNextRead;

        public Func<Task>? AfterNextRead { set => afterNextRead = value; }

        public bool Stamped { get; private set; }

        public override async Task<CypherResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
            CypherAccessMode mode = CypherAccessMode.Write, CancellationToken cancellationToken = default)
        {
            var result = await base.RunAsync(query, parameters, mode, cancellationToken);
            if (mode == CypherAccessMode.Read && Interlocked.Exchange(ref afterNextRead, null) is { } write)
            {
                await write();
                Stamped = true;
            }
            return result;
        }
    }
}
