using Graph.Testing;

namespace Graph.Neo4j.Tests.Queries;

/// <summary>
/// Each query in cypher/queries/ on the embedded engine over samples/wiki, checked against what the wiki's pages say
/// (the page and sentence behind each expected row is named beside it).
/// </summary>
public sealed class AnalystQueryTests(SampleWikiGraph graph) : IClassFixture<SampleWikiGraph>
{
    private static readonly string[] Tested = ["contrasting-theses", "evidence-for-thesis", "people-by-sources", "theses-pairing-with", "tools-by-mentions"];

    [Fact]
    public void Every_library_query_has_a_test_here()
    {
        var files = Directory.GetFiles(RepoPaths.CypherQueries, "*.cypher").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(Tested, files);
    }

    [Fact]
    public async Task Contrasting_theses_lists_the_three_tension_sentences_of_the_wiki()
    {
        var rows = await graph.RunLibraryQueryAsync("contrasting-theses");

        // vibe-coding...:15 "is in tension with", the-ai-paradox:16 "is a counterpoint to", codex...:29 "read against".
        Assert.Equal(
            [
                ("agentic engineering replaces vibe coding for serious work", "implementation is cheap", "vibe-coding-to-agentic-engineering.md", 15L),
                ("implementation is cheap", "taste is the bottleneck", "codex-new-shape-of-product-work.md", 29L),
                ("more automation means more demand for people", "implementation is cheap", "the-ai-paradox.md", 16L),
            ],
            rows.Select(r => ((string)r["thesis"]!, (string)r["readAgainst"]!, (string)r["page"]!, (long)r["line"]!)));
        Assert.Contains("read against Ambrosino’s “taste is the bottleneck.”", (string)rows[1]["evidence"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_for_a_thesis_by_alias_gives_every_fact_with_page_and_line_in_order()
    {
        var rows = await graph.RunLibraryQueryAsync("evidence-for-thesis", new() { ["thesis"] = "taste is the scarce skill" });

        var facts = rows.Select(r => ((string)r["relationship"]!, (string)r["other"]!, (string)r["page"]!, (long)r["line"]!)).ToList();
        Assert.Contains(("HOLDS", "Andrew Ambrosino", "codex-new-shape-of-product-work.md", 12L), facts);
        Assert.Contains(("CLAIMS", "Codex and the New Shape of Product Work", "codex-new-shape-of-product-work.md", 12L), facts);
        Assert.Contains(("CONTRASTS_WITH", "implementation is cheap", "codex-new-shape-of-product-work.md", 29L), facts);
        Assert.Contains(("PAIRS_WITH", "every agent needs a human who cares about it", "codex-new-shape-of-product-work.md", 26L), facts);
        Assert.Contains(("PAIRS_WITH", "expertise gains value as code gets cheap", "agentic-coding-returns-to-expertise.md", 13L), facts);
        Assert.Equal(facts.OrderBy(f => f.Item3, StringComparer.Ordinal).ThenBy(f => f.Item4).Select(f => (f.Item3, f.Item4)), facts.Select(f => (f.Item3, f.Item4)));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r["evidence"] as string)));
    }

    [Fact]
    public async Task People_by_sources_ranks_karpathy_and_rachitsky_first_with_their_roles()
    {
        var rows = await graph.RunLibraryQueryAsync("people-by-sources", new() { ["limit"] = 3L });

        Assert.Equal(3, rows.Count);
        // Karpathy gives the vibe-coding talk and wrote Software 2.0 (its Related bullet); Rachitsky hosts two episodes.
        Assert.Equal(("Andrej Karpathy", 2L), ((string)rows[0]["person"]!, (long)rows[0]["sources"]!));
        Assert.Equal(["author", "speaker"], Assert.IsAssignableFrom<IEnumerable<object?>>(rows[0]["roles"]).Order());
        Assert.Equal(("Lenny Rachitsky", 2L), ((string)rows[1]["person"]!, (long)rows[1]["sources"]!));
        Assert.Equal(["host"], Assert.IsAssignableFrom<IEnumerable<object?>>(rows[1]["roles"]));
        Assert.Equal(1L, rows[2]["sources"]);
    }

    [Fact]
    public async Task Theses_pairing_with_taste_name_the_pairs_and_who_holds_them()
    {
        var rows = await graph.RunLibraryQueryAsync("theses-pairing-with", new() { ["thesis"] = "Taste is the bottleneck" });

        var pairs = rows.Select(r => ((string)r["thesis"]!, (string)r["page"]!, (long)r["line"]!)).ToList();
        Assert.Equal(
            [
                ("every agent needs a human who cares about it", "codex-new-shape-of-product-work.md", 26L),
                ("expertise gains value as code gets cheap", "agentic-coding-returns-to-expertise.md", 13L),
                ("expertise gains value as code gets cheap", "codex-new-shape-of-product-work.md", 30L),
            ],
            pairs.Order());
        var shipper = rows.Single(r => (string)r["thesis"]! == "every agent needs a human who cares about it");
        Assert.Equal(["Dan Shipper"], Assert.IsAssignableFrom<IEnumerable<object?>>(shipper["heldBy"]));
        Assert.Contains("the same observation from two seats", (string)shipper["evidence"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tools_by_mentions_puts_claude_code_first_with_the_builders()
    {
        var rows = await graph.RunLibraryQueryAsync("tools-by-mentions");
        var tools = rows.Select(r => ((string)r["tool"]!, (long)r["sources"]!, Assert.IsAssignableFrom<IEnumerable<object?>>(r["builtBy"]).OfType<string>().ToList())).ToList();

        // "the Codex episode" / "the Codex note" name a source, not the tool: only the Codex page mentions Codex.
        Assert.Equal(("Claude Code", 3L), (tools[0].Item1, tools[0].Item2));
        Assert.Equal(["Boris Cherny"], tools[0].Item3);
        var codex = Assert.Single(tools, t => t.Item1 == "Codex");
        Assert.Equal(1L, codex.Item2);
        Assert.Equal(["Andrew Ambrosino"], codex.Item3);
        Assert.All(tools.Skip(1), t => Assert.True(t.Item2 < 3));
    }
}
