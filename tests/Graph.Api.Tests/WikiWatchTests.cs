using System.Text.Json;
using Graph.Core.Cypher;
using Graph.Testing;
using Graph.Api.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Api.Tests;

/// <summary>
/// <c>graph serve --import WIKI --watch</c>: pages edited, added, broken or deleted while the service runs reach the
/// graph (and the GraphQL answers, cached or not) without a restart.
/// </summary>
public sealed class WikiWatchTests : IAsyncLifetime
{
    private const string NewThesis = "a watched wiki stays current";
    private const string EditedThesis = "a watched wiki follows its edits";

    private readonly string wiki = RepoPaths.NewTempDirectory("graph-watch-wiki");
    private GraphApiFactory? factory;
    private HttpClient client = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private GraphApiFactory Factory => factory ?? throw new InvalidOperationException("the service has not started");

    public ValueTask InitializeAsync()
    {
        foreach (var page in Directory.GetFiles(RepoPaths.SampleWiki, "*.md"))
        {
            File.Copy(page, Path.Combine(wiki, Path.GetFileName(page)));
        }
        File.Copy(RepoPaths.SampleVocabulary, Path.Combine(wiki, "vocabulary.yaml"));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            client.Dispose();
            await factory.DisposeAsync();
            RepoPaths.DeleteDataDirectory(factory.DataDirectory);
        }
        Directory.Delete(wiki, recursive: true);
    }

    /// <summary>Starts the service over the wiki, watching it; returns once the start-up import is done.</summary>
    private void Start(Action<IServiceCollection>? services = null)
    {
        factory = new GraphApiFactory(RepoPaths.NewTempDirectory("graph-watch-data"), wiki, services, new Dictionary<string, string>
        {
            ["Graph:WatchWiki"] = "true",
            ["Graph:WatchQuietPeriod"] = "00:00:00.100",
        });
        client = factory.CreateClient();
    }

    [Fact(Timeout = 120_000)]
    public async Task A_page_added_edited_and_deleted_while_serving_reaches_the_graphql_answers()
    {
        Start();
        // Asked once before the change, so the answer sits in the response cache.
        Assert.Equal(JsonValueKind.Null, (await ThesisAsync(NewThesis)).ValueKind);

        Write("watched.md", NewThesis);
        await EventuallyAsync(async () => (await ThesisAsync(NewThesis)).ValueKind == JsonValueKind.Object, "the added page's thesis");
        var source = await ThesisAsync(NewThesis);
        Assert.Equal("source:watched-page", source.GetProperty("claimedBy")[0].GetProperty("id").GetString());

        Write("watched.md", EditedThesis);
        await EventuallyAsync(async () => (await ThesisAsync(EditedThesis)).ValueKind == JsonValueKind.Object
            && (await ThesisAsync(NewThesis)).ValueKind == JsonValueKind.Null, "the edit replacing the thesis");

        File.Delete(Path.Combine(wiki, "watched.md"));
        await EventuallyAsync(async () => await CountAsync("MATCH (s:Source {id: 'source:watched-page'}) RETURN count(s) AS n") == 0
            && (await ThesisAsync(EditedThesis)).ValueKind == JsonValueKind.Null, "the deleted page's facts going");
    }

    [Fact(Timeout = 120_000)]
    public async Task A_page_broken_while_serving_keeps_its_facts_and_watching_goes_on()
    {
        Start();
        const string paradox = "MATCH ()-[r]->() WHERE r.page = 'the-ai-paradox.md' RETURN count(r) AS n";
        var before = await CountAsync(paradox);
        Assert.True(before > 10);

        await File.WriteAllTextAsync(Path.Combine(wiki, "the-ai-paradox.md"), "---\ntitle: [\n---\n", Token);
        Write("watched.md", NewThesis);

        await EventuallyAsync(async () => (await ThesisAsync(NewThesis)).ValueKind == JsonValueKind.Object, "the page written after the broken one");
        Assert.Equal(before, await CountAsync(paradox));
        // Readiness reports the import once it has finished, a moment after its last page is visible.
        await EventuallyAsync(async () => (await LastImportAsync()).EndsWith(": 1 imported, 5 unchanged, 0 removed, 1 failed", StringComparison.Ordinal), "the import's summary");
    }

    [Fact(Timeout = 120_000)]
    public async Task A_broken_vocabulary_is_reported_by_readiness_until_it_is_fixed()
    {
        Start();
        var vocabulary = Path.Combine(wiki, "vocabulary.yaml");

        await File.WriteAllTextAsync(vocabulary, "people: [\n", Token);
        await EventuallyAsync(async () => (await LastImportAsync()).Contains("failed: " + vocabulary + ":2:", StringComparison.Ordinal), "the vocabulary error");
        File.Copy(RepoPaths.SampleVocabulary, vocabulary, overwrite: true);
        await EventuallyAsync(async () => (await LastImportAsync()).EndsWith(": 0 imported, 6 unchanged, 0 removed, 0 failed", StringComparison.Ordinal), "the import after the fix");
    }

    [Fact(Timeout = 120_000)]
    public async Task A_page_edited_while_the_start_up_import_runs_is_caught_up_once_watching_starts()
    {
        const string page = "agentic-coding-returns-to-expertise.md";
        // Edit the first page right after the start-up import read it, before any watcher exists.
        Start(GraphApiFactory.WrappingSession(store => new FirstWriteSession(store, () =>
            File.WriteAllText(Path.Combine(wiki, page), File.ReadAllText(Path.Combine(wiki, page)).Replace(
                "## Key Takeaways\n\n", "## Key Takeaways\n\n- **Edits during the start-up import count.** They are caught up.\n", StringComparison.Ordinal)))));

        await EventuallyAsync(async () => (await ThesisAsync("edits during the start-up import count")).ValueKind == JsonValueKind.Object, "the edit made during the start-up import");
    }

    [Fact(Timeout = 60_000)]
    public async Task A_folder_that_cannot_be_watched_is_logged_and_the_service_serves_on()
    {
        // What an exhausted inotify limit looks like to the watcher: FileSystemWatcher refuses the folder.
        var options = Options.Create(new GraphServiceOptions { ImportWiki = Path.Combine(wiki, "gone"), WatchWiki = true });
        await using var store = Graph.Cypher.EmbeddedCypherSession.Open(null);
        var logger = new RecordingLogger<WikiWatcher>();
        using var watcher = new WikiWatcher(new WikiSync(store, new GraphStoreStatus(), options, new RecordingLogger<WikiSync>()), options, logger);

        await watcher.StartAsync(Token);
        await watcher.ExecuteTask!;

        Assert.Contains(logger.Messages, m => m.StartsWith("Cannot watch " + Path.Combine(wiki, "gone"), StringComparison.Ordinal));
    }

    private void Write(string page, string thesis) => File.WriteAllText(Path.Combine(wiki, page), $"""
        # Watched Page

        Source: talks/watched.md (example.org) — a talk with Ada Abara.

        ## Key Takeaways

        - **{char.ToUpperInvariant(thesis[0])}{thesis[1..]}.** The service imports what changes while it runs.
        """);

    private async Task<JsonElement> ThesisAsync(string name) =>
        (await client.PostAsync("query($name: String!) { thesis(name: $name) { name claimedBy { id } } }", new { name })).AssertData().GetProperty("thesis");

    private async Task<string> LastImportAsync()
    {
        using var ready = JsonDocument.Parse(await client.GetStringAsync("/health/ready", Token));
        return ready.RootElement.GetProperty("checks").GetProperty("store").GetProperty("data").GetProperty("lastImport").GetString()!;
    }

    private async Task<long> CountAsync(string query)
    {
        var result = await Factory.Services.GetRequiredService<ICypherSession>().RunAsync(query, null, CypherAccessMode.Read, Token);
        return Convert.ToInt64(result.Records().Single()["n"], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs <paramref name="onFirstWrite"/> when the first page transaction begins.</summary>
    private sealed class FirstWriteSession(ICypherSession inner, Action onFirstWrite) : ICypherSession
    {
        private int writes;

        public string Backend => inner.Backend;

        public Task<CypherResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CypherAccessMode mode = CypherAccessMode.Write, CancellationToken cancellationToken = default) =>
            inner.RunAsync(query, parameters, mode, cancellationToken);

        public Task<T> ExecuteWriteAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref writes) == 1)
            {
                onFirstWrite();
            }
            return inner.ExecuteWriteAsync(work, cancellationToken);
        }

        public Task<T> InOneSnapshotAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default) =>
            inner.InOneSnapshotAsync(work, cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    private sealed class RecordingLogger<T> : ILogger<T>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what} did not reach the graph within 60 s");
            await Task.Delay(100, Token);
        }
    }
}
