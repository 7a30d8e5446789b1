using System.Net.Http.Json;
using System.Text.Json;
using Graph.Testing;

namespace Graph.Api.Tests.Translation;

/// <summary>
/// Two services over the same imported sample wiki, one translating queries to one Cypher statement and one on the
/// resolvers: every query must get the same JSON from both, and the translating one must say it translated it.
/// Response caches are off, so both really run.
/// </summary>
public sealed class TranslationParityTests(TranslationParityFixture services) : IClassFixture<TranslationParityFixture>
{
    /// <summary>Queries the translator must answer itself, each with its variables (JSON) or null.</summary>
    public static TheoryData<string, string?> Translated => new()
    {
        { "{ __typename }", null },
        { """{ nodes(ids: ["tool:codex", "nobody:x", "person:dan-shipper", "tool:codex", "Person:dan-shipper", "x"]) { __typename id ... on Tool { name } ... on Person { holds { name } } } }""", null },
        { """query ($ids: [ID!]!) { nodes(ids: $ids) { id } }""", """{"ids": []}""" },
        { """{ node(id: "person:dan-shipper") { id __typename ... on Person { name aliases affiliation holds { name } appearsIn { title date } } } }""", null },
        { """{ node(id: "source:why-coding-is-solved") { ... on Source { title url kind date summary page pages show { name } people { name } claims { name heldBy { name } } mentions { name url } related { title } quotes { text paraphrase saidBy { name } } suggests { name text } asks { name text } peopleMentioned { name } } } }""", null },
        { """{ node(id: "organization:openai") { ... on Organization { name aliases people { name } makes { name } mentionedIn { title } staff { type direction role page line evidence node { id ... on Person { name } } } } } }""", null },
        { """{ node(id: "page:codex-new-shape-of-product-work.md") { ... on Page { path title url aliases describes { title } } } }""", null },
        { """{ node(id: "nobody:here") { id } missing: node(id: "person:no-such-person") { id } noColon: node(id: "dan-shipper") { id } }""", null },
        { """query ($id: ID!) { node(id: $id) { id ... on Thesis { name pairsWith { name } contrastsWith { name } claimedBy { title } supportedBy { text } } } }""", """{"id": "thesis:taste-is-the-bottleneck"}""" },
        { """{ thesis(name: "Taste is the bottleneck.") { id name aliases heldBy { name holds { name } } } }""", null },
        { """{ thesis(name: "TASTE IS THE BOTTLENECK") { id } }""", null },
        { """{ person(name: "Shipper") { name } byName: person(name: "boris cherny") { name appearsIn { title } } }""", null },
        { """{ pairsWith(thesis: "taste is the bottleneck") { thesis { name } heldBy { name } evidence page line rule confidence allEvidence { sentence page line section rule confidence } } }""", null },
        { """query ($t: String!) { pairsWith(thesis: $t) { thesis { id } evidence } }""", """{"t": "expertise gains value as code gets cheap"}""" },
        { """{ pairsWith(thesis: "implementation is cheap") { thesis { name pairsWith { name } } } }""", null },
        { """{ sources { totalCount nodes { title } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""", null },
        { """{ people(first: 2) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }""", null },
        { """query ($after: String) { people(first: 3, after: $after) { edges { cursor node { id } } pageInfo { hasPreviousPage hasNextPage startCursor } } }""", """{"after": "b2Zmc2V0OjE="}""" },
        { """{ tools(first: 0) { totalCount nodes { name } pageInfo { startCursor endCursor hasNextPage } } }""", null },
        { """{ theses(first: 100) { nodes { name relationships { type direction evidence page line section rule confidence role node { __typename id } } } } }""", null },
        { """{ organizations { nodes { name relationships(type: "WORKS_AT") { node { id } } out: relationships(direction: OUTGOING) { type } } } }""", null },
        { """{ shows { nodes { name aliases sources { title } } } quotes { nodes { text paraphrase from { title } supports { name } } } practices { nodes { name text suggestedBy { title } } } questions { nodes { name text askedBy { title } } } }""", null },
        { """query ($withPeople: Boolean!, $skipTitle: Boolean!) { sources(first: 3) { nodes { title @skip(if: $skipTitle) people @include(if: $withPeople) { name } } } }""", """{"withPeople": true, "skipTitle": true}""" },
        { """query ($withPeople: Boolean!) { sources(first: 3) { nodes { title people @include(if: $withPeople) { name } } } }""", """{"withPeople": false}""" },
        { """{ a: node(id: "tool:codex") { ...T } b: node(id: "tool:slack") { ...T ... on Tool { url } } } fragment T on Tool { name mentionedIn { title } builtBy { name } madeBy { name } }""", null },
        { """{ sources(first: 2) { nodes { ... on Node { id } ... on Source { title } title @include(if: true) url @skip(if: true) } } }""", null },
        { """{ tools(orderBy: [{count: MENTIONED_IN, direction: DESC}]) { totalCount nodes { name mentionedIn { title } } } }""", null },
        { """{ people(orderBy: [{count: APPEARS_IN, direction: DESC}, {field: NAME, direction: DESC}], first: 4, after: "b2Zmc2V0OjA=") { edges { cursor node { name } } } }""", null },
        { """{ sources(where: { mentions: { name: { eq: "Codex" } } }) { totalCount nodes { title } } }""", null },
        { """{ theses(where: { heldBy: { name: { contains: "SHIPPER" } } }, first: 5) { totalCount nodes { name } pageInfo { hasNextPage } } }""", null },
        { """{ people(where: { name: { in: ["dan shipper", "BORIS CHERNY"] } }) { nodes { name } } }""", null },
        { """{ sources(where: { has: [MENTIONS], title: { startsWith: "c" } }, orderBy: [{field: DATE, direction: DESC}]) { nodes { title date } } }""", null },
        { """{ theses(where: { lacks: [HELD_BY] }) { totalCount nodes { name } } }""", null },
        { """{ topTools(first: 10) { tool { name } count } topPeople { person { name } count } topTheses(first: 3) { count thesis { name heldBy { name } } } }""", null },
        { """{ search(text: "taste") { id __typename ... on Thesis { name heldBy { name } } ... on Source { title } } }""", null },
        { """{ a: search(text: "  CODEX ", labels: [TOOL, SOURCE], first: 3) { id } b: search(text: "   ") { id } c: search(text: "an", first: 0) { id } }""", null },
        { """query ($t: String!, $l: [NodeLabel!]) { search(text: $t, labels: $l) { id } }""", """{"t": "claude", "l": null}""" },
        { """query ($t: String!) { search(text: $t, first: 50) { id ... on Person { name aliases } } }""", """{"t": "e"}""" },
        { """{ a: thesesSharedBy(people: ["Andrew Ambrosino", "boris cherny"]) { name heldBy { name } } b: thesesSharedBy(people: ["Cherny", "ambrosino", "Cherny"]) { id } c: thesesSharedBy(people: []) { id } d: thesesSharedBy(people: ["  Dan Shipper "]) { name } }""", null },
        { """query ($p: [String!]!) { thesesSharedBy(people: $p) { id claimedBy { title } } }""", """{"p": ["Ambrosino", "Boris Cherny"]}""" },
        { """{ a: related(source: "source:why-coding-is-solved") { distance source { id title } } b: related(source: "  WHY CODING IS SOLVED ", depth: 3) { distance source { title people { name } } } c: related(source: "no such source") { distance } }""", null },
        { """query ($s: String!, $d: Int) { related(source: $s, depth: $d) { __typename distance source { id } } }""", """{"s": "source:why-coding-is-solved", "d": 2}""" },
        { """query ($w: SourceWhere) { sources(where: $w) { totalCount nodes { title } } }""", """{"w": {"mentions": {"name": {"eq": "Codex"}}}}""" },
        { """query ($q: String!) { theses(where: { heldBy: { name: { contains: $q } } }, first: 5) { totalCount nodes { name } } }""", """{"q": "SHIPPER"}""" },
        { """query ($o: [PersonOrder!], $w: PersonWhere) { people(where: $w, orderBy: $o, first: 4) { totalCount edges { cursor node { name } } } }""", """{"o": [{"count": "APPEARS_IN", "direction": "DESC"}, {"field": "NAME"}], "w": null}""" },
        { """{ sources(orderBy: [{field: DATE}]) { nodes { title date dateText } } }""", null },
        { """{ sources(orderBy: [{field: DATE, direction: DESC}, {field: TITLE}], first: 3, after: "b2Zmc2V0OjA=") { edges { cursor node { title date } } } }""", null },
        { """{ sources(where: { date: { gte: "2026-01-01", lt: "2026-06-08" } }) { totalCount nodes { title date } } }""", null },
        { """{ a: sources(where: { date: { in: ["2026-06-08", "1999-01-01"] } }) { nodes { title } } b: sources(where: { date: { in: [] } }) { totalCount } c: sources(where: { date: { eq: "2026-02-12" }, has: [MENTIONS] }) { totalCount } d: sources(where: { date: { gt: "2026-06-08" } }) { totalCount } }""", null },
        { """{ tools(where: { mentionedIn: { date: { lte: "2026-02-12" } } }) { nodes { name mentionedIn { title date } } } }""", null },
        { """{ node(id: "source:reflecting-on-a-year-of-claude-code") { ... on Source { date dateText } } }""", null },
        { """query ($w: SourceWhere, $o: [SourceOrder!]) { sources(where: $w, orderBy: $o) { nodes { title date } } }""", """{"w": {"date": {"gt": "2026-02-12"}}, "o": [{"field": "DATE", "direction": "DESC"}]}""" },
        { """query ($d: Date!) { sources(where: { date: { lte: $d } }, orderBy: [{field: DATE, direction: DESC}]) { totalCount nodes { date } } }""", """{"d": "2026-06-08"}""" },
    };

    /// <summary>Queries that stay on the resolvers, for the reason given; they still answer the same.</summary>
    public static TheoryData<string, string> OnResolvers => new()
    {
        { """{ thesis(name: "taste is the botleneck") { name } }""", "lookup" },
        { """{ person(name: "Nobody Atall") { name } }""", "lookup" },
        { """{ pairsWith(thesis: "tast is the bottleneck") { thesis { name } } }""", "lookup" },
        { """{ search(text: "taste", first: 1000) { id } }""", "outside" },
        { """{ thesesSharedBy(people: ["Boris Cherny", "Nobody Atall"]) { name } }""", "lookup" },
        { """{ people(first: 1000) { totalCount } }""", "outside" },
        { """{ people(after: "not-a-cursor") { totalCount } }""", "cursor" },
        { "{ nodes(ids: [" + string.Join(", ", Enumerable.Range(0, 501).Select(i => $"\"tool:t{i}\"")) + "]) { id } }", "over the limit" },
        { """{ topTools(first: 101) { count } }""", "outside" },
        { """{ people(orderBy: [{field: NAME, count: HOLDS}]) { totalCount } }""", "orderBy" },
        { """{ related(source: "source:why-coding-is-solved", depth: 9) { distance } }""", "outside" },
    };

    [Theory]
    [MemberData(nameof(Translated))]
    public async Task A_translated_query_answers_as_the_resolvers_do(string query, string? variables)
    {
        var (translated, route) = await services.AskAsync(services.Translating, query, variables);
        var (resolved, _) = await services.AskAsync(services.Resolving, query, variables);

        Assert.Equal("translated", route);
        Assert.Equal(resolved, translated);
    }

    [Fact]
    public async Task Where_and_orderBy_variables_get_a_translation_per_shape_and_their_own_values()
    {
        const string Query = "query ($w: SourceWhere, $o: [SourceOrder!]) { sources(where: $w, orderBy: $o) { totalCount nodes { title } } }";
        string[] variables =
        [
            """{"w": {"title": {"startsWith": "c"}}}""",
            """{"w": {"title": {"startsWith": "w"}}}""",
            """{"w": {"mentions": {"name": {"eq": "Codex"}}}, "o": [{"field": "DATE", "direction": "DESC"}]}""",
            """{"w": {"title": {"startsWith": "c"}}}""",
            """{"w": {"date": {"lte": "2026-02-12"}}, "o": [{"field": "DATE"}]}""",
            """{}""",
        ];
        var answers = new List<string>();
        foreach (var given in variables)
        {
            var (translated, route) = await services.AskAsync(services.Translating, Query, given);
            var (resolved, _) = await services.AskAsync(services.Resolving, Query, given);

            Assert.Equal("translated", route);
            Assert.Equal(resolved, translated);
            answers.Add(translated);
        }
        // Same shape, other value: a different answer, so the values are bound per request, not kept from the first.
        Assert.NotEqual(answers[0], answers[1]);
        Assert.Equal(answers[0], answers[3]);
    }

    [Fact]
    public async Task An_orderBy_variable_the_resolvers_refuse_does_not_stop_the_next_request_from_translating()
    {
        const string Query = "query ($o: [PersonOrder!]) { people(orderBy: $o, first: 3) { nodes { name } } }";
        const string Refused = """{"o": [{"field": "NAME", "count": "HOLDS"}]}""";
        const string Valid = """{"o": [{"count": "HOLDS", "direction": "DESC"}]}""";

        var (refused, refusedRoute) = await services.AskAsync(services.Translating, Query, Refused);
        var (resolvedRefusal, _) = await services.AskAsync(services.Resolving, Query, Refused);
        var (valid, validRoute) = await services.AskAsync(services.Translating, Query, Valid);
        var (resolvedValid, _) = await services.AskAsync(services.Resolving, Query, Valid);

        Assert.StartsWith("resolvers (", refusedRoute, StringComparison.Ordinal);
        Assert.Contains("orderBy", refusedRoute, StringComparison.Ordinal);
        Assert.Equal(resolvedRefusal, refused);
        Assert.Contains("give exactly one of them", refused, StringComparison.Ordinal);
        Assert.Equal("translated", validRoute);
        Assert.Equal(resolvedValid, valid);
    }

    [Theory]
    [MemberData(nameof(OnResolvers))]
    public async Task A_query_the_statement_cannot_finish_goes_to_the_resolvers_and_says_why(string query, string reason)
    {
        var (translated, route) = await services.AskAsync(services.Translating, query, null);
        var (resolved, _) = await services.AskAsync(services.Resolving, query, null);

        Assert.StartsWith("resolvers (", route, StringComparison.Ordinal);
        Assert.Contains(reason, route, StringComparison.Ordinal);
        Assert.Equal(resolved, translated);
    }
}

/// <summary>The two services of <see cref="TranslationParityTests"/>, each over its own import of the sample wiki.</summary>
public sealed class TranslationParityFixture : IAsyncLifetime
{
    private readonly GraphApiFactory _translating = Factory(translate: true);
    private readonly GraphApiFactory _resolving = Factory(translate: false);

    internal HttpClient Translating { get; private set; } = null!;

    internal HttpClient Resolving { get; private set; } = null!;

    private static GraphApiFactory Factory(bool translate) => new(RepoPaths.NewTempDirectory("graph-api-parity"), RepoPaths.SampleWiki, settings: new Dictionary<string, string>
    {
        ["Graph:Translation:Enabled"] = translate ? "true" : "false",
        ["Graph:ResponseCache:Enabled"] = "false",
    });

    /// <summary>The response body as sent (the two must be byte for byte the same), and the execution header.</summary>
    internal async Task<(string Body, string? Route)> AskAsync(HttpClient client, string query, string? variables)
    {
        var body = new Dictionary<string, object?> { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = JsonDocument.Parse(variables).RootElement;
        }
        using var response = await client.PostAsJsonAsync("/graphql", body, TestContext.Current.CancellationToken);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var route = response.Headers.TryGetValues("X-Graph-Execution", out var values) ? values.Single() : null;
        return (json, route);
    }

    public ValueTask InitializeAsync()
    {
        Translating = _translating.CreateClient();
        Resolving = _resolving.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Translating.Dispose();
        Resolving.Dispose();
        await _translating.DisposeAsync();
        await _resolving.DisposeAsync();
        RepoPaths.DeleteDataDirectory(_translating.DataDirectory);
        RepoPaths.DeleteDataDirectory(_resolving.DataDirectory);
    }
}
