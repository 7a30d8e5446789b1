using Graph.Api.Data;
using Graph.Core.Cypher;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>
/// No N+1: a query three relationship levels deep under a page of 50 sources costs one statement for the page and
/// one per level on the resolvers (what runs when a query cannot be translated), however many objects each level
/// holds; translated, it is one statement. The graph is generated with Cypher into an empty store.
/// </summary>
public abstract class NestedGraphTest(bool translate) : ServiceTest(new GraphApiFactory(RepoPaths.NewTempDirectory("graph-api-nested"),
        services: GraphApiFactory.WrappingSession(session => new RecordingSession(session)),
        settings: new Dictionary<string, string> { ["Graph:Translation:Enabled"] = translate ? "true" : "false" }))
{
    protected const int SourceCount = 50;

    protected const string ThreeLevels = "{ sources(first: 50) { totalCount nodes { title people { name holds { name claimedBy { title } } } } } }";

    private protected override async Task SeedAsync()
    {
                var token = TestContext.Current.CancellationToken;
        // 50 sources; person k appears in sources k and k+1 (of 20 people); thesis j is held by people j and j+1 and claimed by sources.
        await Store.RunAsync("UNWIND range(0, $n - 1) AS i CREATE (:Source {id: 'source:s' + toString(i), title: 'Source ' + toString(i)})", new Dictionary<string, object?> { ["n"] = (long)SourceCount }, cancellationToken: token);
        await Store.RunAsync("UNWIND range(0, 19) AS k CREATE (:Person {id: 'person:p' + toString(k), name: 'Person ' + toString(k)})", cancellationToken: token);
        await Store.RunAsync("UNWIND range(0, 9) AS j CREATE (:Thesis {id: 'thesis:t' + toString(j), name: 'Thesis ' + toString(j)})", cancellationToken: token);
        await Store.RunAsync("""
            MATCH (s:Source), (p:Person)
            WHERE toInteger(substring(p.id, 8)) IN [toInteger(substring(s.id, 8)) % 20, (toInteger(substring(s.id, 8)) + 1) % 20]
            CREATE (p)-[:APPEARS_IN {page: 'gen.md', line: 1, evidence: 'generated'}]->(s)
            """, cancellationToken: token);
        await Store.RunAsync("""
            MATCH (p:Person), (t:Thesis)
            WHERE toInteger(substring(t.id, 8)) IN [toInteger(substring(p.id, 8)) % 10, (toInteger(substring(p.id, 8)) + 3) % 10]
            CREATE (p)-[:HOLDS {page: 'gen.md', line: 2, evidence: 'generated'}]->(t)
            """, cancellationToken: token);
        await Store.RunAsync("""
            MATCH (s:Source), (t:Thesis)
            WHERE toInteger(substring(t.id, 8)) = toInteger(substring(s.id, 8)) % 10
            CREATE (s)-[:CLAIMS {page: 'gen.md', line: 3, evidence: 'generated'}]->(t)
            """, cancellationToken: token);
    }

    /// <summary>Checks the answer to <see cref="ThreeLevels"/>: every level whole.</summary>
    protected static void AssertThreeLevels(System.Text.Json.JsonElement data)
    {
        var sources = data.GetProperty("sources").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(SourceCount, sources.Count);
        var people = sources.SelectMany(source => source.GetProperty("people").EnumerateArray()).ToList();
        Assert.Equal(2 * SourceCount, people.Count);
        var theses = people.SelectMany(person => person.GetProperty("holds").EnumerateArray()).ToList();
        Assert.Equal(2 * people.Count, theses.Count);
        Assert.All(theses, thesis => Assert.Equal(SourceCount / 10, thesis.GetProperty("claimedBy").GetArrayLength()));
    }
}

public sealed class NestedBatchingTests() : NestedGraphTest(translate: false)
{
    [Fact]
    public async Task Three_levels_under_fifty_sources_cost_one_statement_per_level()
    {
        var recording = (RecordingSession)Store;
        recording.Clear();

        AssertThreeLevels((await Client.PostAsync(ThreeLevels)).AssertData());

        var sent = recording.Statements;
        Assert.True(sent.Count == 4, "one statement for the page and one per level, but sent:\n" + string.Join("\n", sent));
        Assert.Single(sent, statement => statement.StartsWith("MATCH (n:Source)", StringComparison.Ordinal));
        Assert.Single(sent, statement => statement == GraphHops.SourcePeople.Statement);
        Assert.Single(sent, statement => statement == GraphHops.PersonHolds.Statement);
        Assert.Single(sent, statement => statement == GraphHops.ThesisClaimedBy.Statement);
    }
}

public sealed class NestedTranslationTests() : NestedGraphTest(translate: true)
{
    [Fact]
    public async Task Three_levels_under_fifty_sources_are_one_statement_when_translated()
    {
        var recording = (RecordingSession)Store;
        recording.Clear();

        AssertThreeLevels((await Client.PostAsync(ThreeLevels)).AssertData());

        var sent = Assert.Single(recording.Statements);
        Assert.Contains("COLLECT {", sent, StringComparison.Ordinal);
    }
}
