using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>Relationship fields, both ways between Source, Person, Thesis, Tool and Show.</summary>
public sealed class RelationshipFieldTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    [Fact]
    public async Task Andrew_Ambrosino_appears_in_a_Lennys_Podcast_episode_and_builds_Codex()
    {
        var data = (await graph.Client.PostAsync("""
            { person(name: "Andrew Ambrosino") { appearsIn { title show { name } people { name } } builds { name } holds { name } } }
            """)).AssertData();

        var person = data.GetProperty("person");
        var episode = Assert.Single(person.GetProperty("appearsIn").EnumerateArray(),
            source => source.GetProperty("show") is { ValueKind: JsonValueKind.Object } show && show.GetProperty("name").GetString() == "Lenny's Podcast");
        Assert.Contains("Andrew Ambrosino", Names(episode.GetProperty("people")));
        Assert.Contains("Codex", Names(person.GetProperty("builds")));
        Assert.Contains("taste is the bottleneck", Names(person.GetProperty("holds")));
    }

    [Fact]
    public async Task Thesis_fields_lead_to_holders_sources_and_paired_theses()
    {
        var data = (await graph.Client.PostAsync("""
            { thesis(name: "every agent needs a human who cares about it") { heldBy { name } claimedBy { title } pairsWith { name } } }
            """)).AssertData();

        var thesis = data.GetProperty("thesis");
        Assert.Contains("Dan Shipper", Names(thesis.GetProperty("heldBy")));
        Assert.NotEqual(0, thesis.GetProperty("claimedBy").GetArrayLength());
        Assert.Contains("taste is the bottleneck", Names(thesis.GetProperty("pairsWith")));
    }

    [Fact]
    public async Task Tool_fields_lead_to_builders_and_sources()
    {
        var data = (await graph.Client.PostAsync("""{ node(id: "tool:codex") { ... on Tool { builtBy { name } mentionedIn { title } } } }""")).AssertData();

        var tool = data.GetProperty("node");
        Assert.Contains("Andrew Ambrosino", Names(tool.GetProperty("builtBy")));
        Assert.NotEqual(0, tool.GetProperty("mentionedIn").GetArrayLength());
    }

    [Fact]
    public async Task Every_relationship_field_agrees_with_its_reverse()
    {
        var data = (await graph.Client.PostAsync("""
            { person(name: "Andrew Ambrosino") {
                id
                appearsIn { id people { id } related { id related { id } } claims { id claimedBy { id } } mentions { id mentionedIn { id } } show { id sources { id } } }
                holds { id heldBy { id } pairsWith { id pairsWith { id } } contrastsWith { id contrastsWith { id } } }
                builds { id builtBy { id } } } }
            """)).AssertData();

        var person = data.GetProperty("person");
        var personId = person.GetProperty("id").GetString();
        foreach (var source in person.GetProperty("appearsIn").EnumerateArray())
        {
            var sourceId = source.GetProperty("id").GetString();
            Assert.Contains(personId, Ids(source.GetProperty("people")));
            AssertReverse(source, "related", "related");
            AssertReverse(source, "claims", "claimedBy");
            AssertReverse(source, "mentions", "mentionedIn");
            if (source.GetProperty("show") is { ValueKind: JsonValueKind.Object } show)
            {
                Assert.Contains(sourceId, Ids(show.GetProperty("sources")));
            }
        }
        foreach (var thesis in person.GetProperty("holds").EnumerateArray())
        {
            Assert.Contains(personId, Ids(thesis.GetProperty("heldBy")));
            AssertReverse(thesis, "pairsWith", "pairsWith");
            AssertReverse(thesis, "contrastsWith", "contrastsWith");
        }
        foreach (var tool in person.GetProperty("builds").EnumerateArray())
        {
            Assert.Contains(personId, Ids(tool.GetProperty("builtBy")));
        }
    }

    [Fact]
    public async Task Lists_are_sorted_by_name()
    {
        var data = (await graph.Client.PostAsync("""{ node(id: "tool:codex") { ... on Tool { mentionedIn { title } } } }""")).AssertData();

        var titles = data.GetProperty("node").GetProperty("mentionedIn").EnumerateArray().Select(s => s.GetProperty("title").GetString()!).ToList();
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);
    }

    [Fact]
    public async Task Relationships_carry_their_provenance()
    {
        var data = (await graph.Client.PostAsync("""
            { person(name: "Dan Shipper") { relationships { type direction node { __typename id } page section line evidence } } }
            """)).AssertData();

        var relationships = data.GetProperty("person").GetProperty("relationships").EnumerateArray().ToList();
        // Each page that says so contributes its own HOLDS, with its own page and line.
        var holds = relationships.Where(r =>
            r.GetProperty("type").GetString() == "HOLDS"
            && r.GetProperty("node").GetProperty("id").GetString() == "thesis:every-agent-needs-a-human-who-cares-about-it").ToList();
        Assert.NotEmpty(holds);
        Assert.All(holds, r => Assert.Equal("OUTGOING", r.GetProperty("direction").GetString()));
        Assert.All(holds, r => Assert.Equal("Thesis", r.GetProperty("node").GetProperty("__typename").GetString()));
        Assert.Contains(holds, r => r.GetProperty("page").GetString() == "the-ai-paradox.md");
        var pages = relationships.Select(r => (r.GetProperty("page").GetString(), r.GetProperty("line").GetInt32())).ToList();
        Assert.Equal(pages.OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2), pages);
        Assert.All(relationships, r =>
        {
            Assert.EndsWith(".md", r.GetProperty("page").GetString());
            Assert.True(r.GetProperty("line").GetInt32() > 0, r.ToString());
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("evidence").GetString()), r.ToString());
        });
        Assert.Contains(relationships, r => r.GetProperty("direction").GetString() == "OUTGOING" && r.GetProperty("type").GetString() == "APPEARS_IN");
    }

    [Fact]
    public async Task Organizations_lead_to_the_tools_they_make_and_relationships_say_which_rule_found_them()
    {
        var data = (await graph.Client.PostAsync("""
            {
              node(id: "organization:anthropic") { ... on Organization { name makes { name } mentionedIn { title } } }
              tool: node(id: "tool:claude-code") { ... on Tool { madeBy { name } relationships(type: "MAKES") { rule confidence evidence } } }
            }
            """)).AssertData();

        Assert.Equal("Anthropic", data.GetProperty("node").GetProperty("name").GetString());
        Assert.Contains("Claude Code", Names(data.GetProperty("node").GetProperty("makes")));
        Assert.NotEqual(0, data.GetProperty("node").GetProperty("mentionedIn").GetArrayLength());
        Assert.Contains("Anthropic", Names(data.GetProperty("tool").GetProperty("madeBy")));
        var makes = data.GetProperty("tool").GetProperty("relationships").EnumerateArray().First();
        Assert.Equal("organization", makes.GetProperty("rule").GetString());
        Assert.InRange(makes.GetProperty("confidence").GetDouble(), 0.5, 1.0);
    }

    private static void AssertReverse(JsonElement node, string field, string reverse)
    {
        var id = node.GetProperty("id").GetString();
        foreach (var other in node.GetProperty(field).EnumerateArray())
        {
            Assert.Contains(id, Ids(other.GetProperty(reverse)));
        }
    }

    private static List<string?> Names(JsonElement list) => list.EnumerateArray().Select(item => item.GetProperty("name").GetString()).ToList();

    private static List<string?> Ids(JsonElement list) => list.EnumerateArray().Select(item => item.GetProperty("id").GetString()).ToList();
}
