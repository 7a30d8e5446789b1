using Graph.Core.Model;
using Graph.Import.Tests.Support;
using Graph.Testing;
using static Graph.Core.Model.RelationshipTypes;

namespace Graph.Import.Tests.Extraction;

/// <summary>Named facts the sample wiki must yield (samples/wiki with samples/vocabulary.yaml).</summary>
public sealed class SampleWikiExtractionTests
{
    private const string Ambrosino = "person:andrew-ambrosino";
    private const string Shipper = "person:dan-shipper";
    private const string Episode = "source:codex-and-the-new-shape-of-product-work";
    private const string Taste = "thesis:taste-is-the-bottleneck";
    private const string EveryAgent = "thesis:every-agent-needs-a-human-who-cares-about-it";

    [Fact]
    public void Every_sample_page_yields_its_source_and_facts()
    {
        Assert.Equal(6, SampleFacts.Pages.Count);
        Assert.All(SampleFacts.Pages, page =>
        {
            var source = Assert.Single(page.Nodes, n => n.Label == Labels.Source && n.Id == Assert.Single(page.Relationships, r => r.Type == RelationshipTypes.Describes).ToId);
            Assert.False(string.IsNullOrEmpty(source.Properties["title"] as string));
            Assert.Matches("^[0-9a-f]{64}$", page.ContentHash);
            Assert.Contains(page.Relationships, r => r.Type == Claims && r.FromId == source.Id);
            Assert.Contains(page.Relationships, r => r.Type == Suggests && r.FromId == source.Id);
            Assert.Contains(page.Relationships, r => r.Type == Asks && r.FromId == source.Id);
        });
    }

    [Fact]
    public void Ambrosino_appears_in_the_episode_as_guest_and_lenny_as_host()
    {
        var appearances = SampleFacts.Where(AppearsIn, Ambrosino, Episode).ToList();
        Assert.Equal("guest", Assert.Single(appearances).Properties["role"]);
        Assert.Equal("host", Assert.Single(SampleFacts.Where(AppearsIn, "person:lenny-rachitsky", Episode)).Properties["role"]);
        Assert.Single(SampleFacts.Where(PublishedOn, Episode, "show:lennys-podcast"));
    }

    [Fact]
    public void Related_sources_outside_the_wiki_get_their_author()
    {
        var author = Assert.Single(SampleFacts.Where(AppearsIn, "person:andrej-karpathy", "source:software-2-0"));

        Assert.Equal("author", author.Properties["role"]);
        Assert.Single(SampleFacts.Where(RelatedTo, "source:from-vibe-coding-to-agentic-engineering", "source:software-2-0"));
        Assert.Equal("speaker", Assert.Single(SampleFacts.Where(AppearsIn, "person:andrej-karpathy", "source:from-vibe-coding-to-agentic-engineering")).Properties["role"]);
    }

    [Fact]
    public void Taste_pairs_with_every_agent_needs_a_human_on_the_evidence_sentence()
    {
        var pair = Assert.Single(SampleFacts.Relationships, r => r.Type == PairsWith
            && new[] { r.FromId, r.ToId }.Order().SequenceEqual(new[] { EveryAgent, Taste }.Order()));

        Assert.Equal("codex-new-shape-of-product-work.md", pair.Provenance.Page);
        Assert.Equal("Why it matters", pair.Provenance.Section);
        Assert.Contains("every agent needs a human who cares about it", pair.Provenance.Evidence, StringComparison.Ordinal);
        Assert.Contains("taste is the scarce skill", pair.Provenance.Evidence, StringComparison.Ordinal);
        Assert.Contains("same observation from two seats", pair.Provenance.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Dan_shipper_holds_every_agent_needs_a_human_from_his_page_and_from_the_possessive()
    {
        var holds = SampleFacts.Where(Holds, Shipper, EveryAgent).Select(r => r.Provenance.Page).Order().ToList();

        Assert.Equal(["codex-new-shape-of-product-work.md", "the-ai-paradox.md"], holds);
        Assert.Contains(SampleFacts.Where(Holds, Ambrosino, Taste), r => r.Provenance.Page == "codex-new-shape-of-product-work.md");
    }

    [Fact]
    public void The_alias_resolves_to_the_canonical_thesis_with_its_aliases()
    {
        var taste = SampleFacts.Pages.SelectMany(p => p.Nodes).First(n => n.Id == Taste);

        Assert.Equal("taste is the bottleneck", taste.Properties["name"]);
        Assert.Contains("taste is the scarce skill", (IEnumerable<object?>)taste.Properties["aliases"]!);
        Assert.DoesNotContain(SampleFacts.Pages.SelectMany(p => p.Nodes), n => n.Id == "thesis:taste-is-the-scarce-skill");
    }

    [Fact]
    public void Read_against_gives_contrasts_with()
    {
        var contrast = Assert.Single(SampleFacts.Where(ContrastsWith, "thesis:implementation-is-cheap", Taste));
        Assert.Equal("Related", contrast.Provenance.Section);
        Assert.Contains("read against", contrast.Provenance.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_counterpoint_to_a_thesis_contrasts_with_it()
    {
        // "The paradox is a counterpoint to the worry behind “implementation is cheap”: Shipper’s “more automation creates
        // more demand for people” …" (an alias of "more automation means more demand for people").
        var contrast = Assert.Single(SampleFacts.Relationships, r => r.Type == ContrastsWith && r.Provenance.Evidence!.Contains("counterpoint", StringComparison.Ordinal));
        Assert.Equal(("thesis:more-automation-means-more-demand-for-people", "thesis:implementation-is-cheap"), (contrast.FromId, contrast.ToId));
    }

    [Fact]
    public void Attributed_quotes_are_said_by_the_speaker_and_come_from_the_source()
    {
        var said = Assert.Single(SampleFacts.Relationships, r => r.Type == Said && r.FromId == Ambrosino);
        Assert.Single(SampleFacts.Where(From, said.ToId, Episode));
        Assert.Contains(SampleFacts.Relationships, r => r.Type == Supports && r.FromId == said.ToId && r.ToId == Taste);
        var quote = SampleFacts.Page("codex-new-shape-of-product-work.md").Nodes.Single(n => n.Id == said.ToId);
        Assert.Equal(true, quote.Properties["paraphrase"]);

        Assert.Contains(SampleFacts.Relationships, r => r.Type == Said && r.FromId == Shipper && r.Provenance.Page == "the-ai-paradox.md");
        Assert.Contains(SampleFacts.Relationships, r => r.Type == Said && r.FromId == "person:andrej-karpathy");
    }

    [Fact]
    public void Tools_are_mentioned_and_built()
    {
        Assert.Single(SampleFacts.Where(Mentions, Episode, "tool:codex"));
        Assert.Single(SampleFacts.Where(Mentions, Episode, "tool:slack"));
        Assert.Single(SampleFacts.Where(Builds, Ambrosino, "tool:codex"));
        var builds = SampleFacts.Where(Builds, "person:boris-cherny", "tool:claude-code").ToList();
        Assert.Contains(builds, r => r.Provenance.Section == "Source");
        Assert.Contains(builds, r => r.Provenance.Evidence.Contains("Boris Cherny built Claude Code", StringComparison.Ordinal));
    }

    [Fact]
    public void Related_bullets_link_sources_by_title_across_pages()
    {
        Assert.Single(SampleFacts.Where(RelatedTo, Episode, "source:the-ai-paradox"));
        Assert.Single(SampleFacts.Where(RelatedTo, Episode, "source:why-coding-is-solved"));
        // The bullet titles match the other pages' own titles, so both ends are page Sources (Software 2.0 has no page).
        var pageSources = SampleFacts.Pages.SelectMany(p => p.Relationships).Where(r => r.Type == RelationshipTypes.Describes).Select(r => r.ToId).ToHashSet();
        var targets = SampleFacts.Relationships.Where(r => r.Type == RelatedTo).Select(r => r.ToId).ToList();
        Assert.Equal(["source:software-2-0"], targets.Where(t => !pageSources.Contains(t)));
        Assert.True(targets.Count > 10);
    }

    [Fact]
    public void Shows_tools_companies_and_headings_never_become_people()
    {
        var people = SampleFacts.Pages.SelectMany(p => p.Nodes).Where(n => n.Label == Labels.Person).Select(n => (string)n.Properties["name"]!).Distinct().Order();

        Assert.Equal(["Andrej Karpathy", "Andrew Ambrosino", "Boris Cherny", "Dan Shipper", "Lenny Rachitsky"], people);
    }

    [Fact]
    public void Every_relationship_has_provenance_pointing_at_the_line_it_came_from()
    {
        var files = SampleFacts.Pages.ToDictionary(p => p.Page, p => File.ReadAllLines(Path.Combine(RepoPaths.SampleWiki, p.Page)));
        Assert.All(SampleFacts.Relationships, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Provenance.Section));
            Assert.False(string.IsNullOrWhiteSpace(r.Provenance.Evidence));
            var lines = files[r.Provenance.Page];
            Assert.InRange(r.Provenance.Line, 1, lines.Length);
            var line = Plain(lines[r.Provenance.Line - 1]);
            var start = Plain(r.Provenance.Evidence)[..Math.Min(12, r.Provenance.Evidence.Length)];
            Assert.True(line.Contains(start, StringComparison.Ordinal), $"{r.Type} {r.Provenance}: line does not contain '{start}'");
        });
    }

    private static string Plain(string markdown) => markdown.Replace("**", "", StringComparison.Ordinal).Replace("\uFEFF", "", StringComparison.Ordinal).Trim();
}
