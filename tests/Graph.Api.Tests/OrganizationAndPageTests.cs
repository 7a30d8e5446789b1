using Graph.Testing;

namespace Graph.Api.Tests;

/// <summary>
/// Organizations (who works there with what role, what they make), the pages that describe a source, and the rule and
/// confidence on relationships, through GraphQL over a small graph written with Cypher into an empty store.
/// </summary>
public sealed class OrganizationAndPageTests() : ServiceTest(new GraphApiFactory(RepoPaths.NewTempDirectory("graph-api-organizations")))
{
    private protected override async Task SeedAsync()
    {
        var token = TestContext.Current.CancellationToken;
        await Store.RunAsync("""
            CREATE (openai:Organization {id: 'organization:openai', name: 'OpenAI', aliases: ['Open AI']})
            CREATE (acme:Organization {id: 'organization:acme', name: 'Acme'})
            CREATE (andrew:Person {id: 'person:andrew-ambrosino', name: 'Andrew Ambrosino'})
            CREATE (dan:Person {id: 'person:dan-shipper', name: 'Dan Shipper'})
            CREATE (codex:Tool {id: 'tool:codex', name: 'Codex'})
            CREATE (episode:Source {id: 'source:codex-episode', title: 'Codex episode'})
            CREATE (b:Page {id: 'page:notes/b.md', path: 'notes/b.md', title: 'Codex episode'})
            CREATE (a:Page {id: 'page:a.md', path: 'a.md', title: 'Codex episode', url: 'https://example.org/a'})
            CREATE (andrew)-[:WORKS_AT {role: 'product lead', page: 'a.md', section: 'Source', line: 1, evidence: 'Andrew Ambrosino, product lead at OpenAI', rule: 'source-line', confidence: 0.9}]->(openai)
            CREATE (dan)-[:WORKS_AT {role: 'CEO', page: 'notes/b.md', section: 'Source', line: 2, evidence: 'Dan Shipper, CEO of Acme'}]->(acme)
            CREATE (openai)-[:MAKES {page: 'a.md', section: 'Key Takeaways', line: 5, evidence: 'OpenAI makes Codex.', rule: 'makes-cue', confidence: 0.75}]->(codex)
            CREATE (b)-[:DESCRIBES {page: 'notes/b.md', section: 'Source', line: 1, evidence: 'Codex episode'}]->(episode)
            CREATE (a)-[:DESCRIBES {page: 'a.md', section: 'Source', line: 1, evidence: 'Codex episode'}]->(episode)
            """, cancellationToken: token);
    }

    [Fact]
    public async Task An_organization_lists_its_people_with_their_role_and_the_tools_it_makes()
    {
        var data = (await Client.PostAsync("""
            { node(id: "organization:openai") { ... on Organization { name aliases people { name } makes { name }
                staff { role evidence page line rule confidence node { id } } } } }
            """)).AssertData();

        var openai = data.GetProperty("node");
        Assert.Equal("OpenAI", openai.GetProperty("name").GetString());
        Assert.Equal(["Open AI"], openai.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["Andrew Ambrosino"], openai.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["Codex"], openai.GetProperty("makes").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        var staff = Assert.Single(openai.GetProperty("staff").EnumerateArray());
        Assert.Equal("person:andrew-ambrosino", staff.GetProperty("node").GetProperty("id").GetString());
        Assert.Equal("product lead", staff.GetProperty("role").GetString());
        Assert.Equal("a.md", staff.GetProperty("page").GetString());
        Assert.Equal("source-line", staff.GetProperty("rule").GetString());
        Assert.Equal(0.9, staff.GetProperty("confidence").GetDouble(), 6);
    }

    [Fact]
    public async Task People_and_tools_reach_organizations_both_ways_and_organizations_list_as_a_connection()
    {
        var data = (await Client.PostAsync("""
            { person(name: "Dan Shipper") { worksAt { name } }
              tools(first: 5) { nodes { name madeBy { name } } }
              organizations(first: 1, orderBy: [{ field: NAME, direction: ASC }]) { totalCount nodes { id } pageInfo { hasNextPage } } }
            """)).AssertData();

        Assert.Equal(["Acme"], data.GetProperty("person").GetProperty("worksAt").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        var codex = Assert.Single(data.GetProperty("tools").GetProperty("nodes").EnumerateArray());
        Assert.Equal(["OpenAI"], codex.GetProperty("madeBy").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        var organizations = data.GetProperty("organizations");
        Assert.Equal(2, organizations.GetProperty("totalCount").GetInt32());
        Assert.Equal("organization:acme", Assert.Single(organizations.GetProperty("nodes").EnumerateArray()).GetProperty("id").GetString());
        Assert.True(organizations.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task A_source_names_every_page_that_describes_it_in_path_order_and_a_page_is_a_node()
    {
        var data = (await Client.PostAsync("""
            { node(id: "source:codex-episode") { ... on Source { page pages } }
              page: node(id: "page:notes/b.md") { id ... on Page { path title url describes { id } } }
              neighborhood(id: "source:codex-episode") { nodes { id } edges { type from rule confidence } } }
            """)).AssertData();

        var source = data.GetProperty("node");
        Assert.Equal("a.md", source.GetProperty("page").GetString());
        Assert.Equal(["a.md", "notes/b.md"], source.GetProperty("pages").EnumerateArray().Select(p => p.GetString()));
        var page = data.GetProperty("page");
        Assert.Equal("notes/b.md", page.GetProperty("path").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, page.GetProperty("url").ValueKind);
        Assert.Equal("source:codex-episode", page.GetProperty("describes").GetProperty("id").GetString());
        var edges = data.GetProperty("neighborhood").GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(2, edges.Count(e => e.GetProperty("type").GetString() == "DESCRIBES"));
        Assert.All(edges, e => Assert.Equal(System.Text.Json.JsonValueKind.Null, e.GetProperty("confidence").ValueKind));
    }

    [Fact]
    public async Task Relationships_carry_rule_and_confidence_next_to_evidence()
    {
        var data = (await Client.PostAsync("""
            { node(id: "tool:codex") { ... on Tool { relationships(type: "MAKES") { evidence rule confidence direction } } } }
            """)).AssertData();

        var makes = Assert.Single(data.GetProperty("node").GetProperty("relationships").EnumerateArray());
        Assert.Equal("OpenAI makes Codex.", makes.GetProperty("evidence").GetString());
        Assert.Equal("makes-cue", makes.GetProperty("rule").GetString());
        Assert.Equal(0.75, makes.GetProperty("confidence").GetDouble(), 6);
        Assert.Equal("INCOMING", makes.GetProperty("direction").GetString());
    }
}
