using Graph.Core.Model;
using Graph.Import.Tests.Support;
using Graph.Testing;

namespace Graph.Import.Tests.Extraction;

/// <summary>Real pages written by others (../shared/corpus), read in place: the importer must cope with them.</summary>
public sealed class CorpusExtractionTests
{
    private const string CodexPage = "codex-new-shape-of-product-work-ambrosino.md";

    private static string Corpus => Path.Combine(RepoPaths.Shared ?? throw new InvalidOperationException(), "corpus");

    [Fact]
    public void The_bare_heading_corpus_page_yields_its_source_show_and_people()
    {
        SkipWithoutCorpus();
        var wiki = Path.Combine(Corpus, "jc-aiwiki");

        var facts = SampleFacts.Extract(wiki, Vocabulary.Empty).Single(p => p.Page == CodexPage);

        var source = facts.Nodes.Single(n => n.Id == facts.Relationships.Single(r => r.Type == RelationshipTypes.Describes).ToId);
        Assert.Equal("interview", source.Properties["kind"]);
        Assert.Contains(facts.Relationships, r => r.Type == RelationshipTypes.AppearsIn && r.FromId == "person:andrew-ambrosino"
            && r.ToId == source.Id && Equals(r.Properties["role"], "guest") && r.Provenance.Line == 1);
        Assert.Contains(facts.Relationships, r => r.Type == RelationshipTypes.PublishedOn && r.FromId == source.Id && r.ToId == "show:lennys-podcast");
        Assert.Contains(facts.Relationships, r => r.Type == RelationshipTypes.AppearsIn && r.FromId == "person:dan-shipper" && r.ToId == "source:the-ai-paradox");
        Assert.Contains(facts.Relationships, r => r.Type == RelationshipTypes.Holds && r.FromId == "person:dan-shipper"
            && r.ToId == "thesis:every-agent-needs-a-human-who-cares-about-it" && r.Provenance.Section == "Why it matters" && r.Provenance.Line == 14);
        Assert.Equal(9, facts.Relationships.Count(r => r.Type == RelationshipTypes.Claims));
        Assert.Equal(4, facts.Relationships.Count(r => r.Type == RelationshipTypes.Suggests));
        Assert.Equal(2, facts.Relationships.Count(r => r.Type == RelationshipTypes.Asks));
    }

    [Fact]
    public void With_the_sample_vocabulary_the_corpus_page_pairs_the_headline_theses()
    {
        SkipWithoutCorpus();

        var facts = SampleFacts.Extract(Path.Combine(Corpus, "jc-aiwiki"), Vocabulary.Load(RepoPaths.SampleVocabulary)).Single(p => p.Page == CodexPage);

        Assert.Contains(facts.Relationships, r => r.Type == RelationshipTypes.PairsWith
            && r.FromId == "thesis:every-agent-needs-a-human-who-cares-about-it" && r.ToId == "thesis:taste-is-the-bottleneck");
        Assert.DoesNotContain(facts.Nodes, n => n.Id == "person:karpathy");
        Assert.Contains(facts.Nodes, n => n.Id == "person:andrej-karpathy");
    }

    [Fact]
    public async Task Every_corpus_page_imports_without_failure()
    {
        SkipWithoutCorpus();
        var session = new InMemoryGraphSession();

        var report = await new WikiImporter(session, Vocabulary.Empty).ImportDirectoryAsync(Corpus, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Directory.GetFiles(Corpus, "*.md", SearchOption.AllDirectories).Length, report.Pages.Count);
        Assert.All(report.Pages, p => Assert.True(p.Status == PageStatus.Imported, $"{p.Page}: {p.Error}"));
        Assert.All(report.Pages, p => Assert.True(p.Nodes > 0, p.Page));
    }

    [Fact]
    public void No_corpus_page_turns_a_show_tool_or_company_into_a_person()
    {
        SkipWithoutCorpus();
        var vocabulary = Vocabulary.Load(RepoPaths.SampleVocabulary);
        var people = Directory.GetDirectories(Corpus)
            .SelectMany(dir => SampleFacts.Extract(dir, vocabulary))
            .SelectMany(p => p.Nodes)
            .Where(n => n.Label == Labels.Person)
            .Select(n => (string)n.Properties["name"]!)
            .ToList();

        Assert.NotEmpty(people);
        Assert.All(people, name => Assert.Null(vocabulary.FindAny(name, EntityKind.Show, EntityKind.Tool, EntityKind.Organization)));
        Assert.DoesNotContain(people, name => name.Contains("Podcast", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Every_corpus_page_yields_its_source_and_the_people_it_names()
    {
        SkipWithoutCorpus();
        var expected = File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "Graph.Import.Tests", "Corpus", "people.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(':', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        var session = new InMemoryGraphSession();
        var pages = new List<PageFacts>();

        var report = await new WikiImporter(session, Vocabulary.Empty) { OnExtracted = pages.Add }.ImportDirectoryAsync(Corpus, cancellationToken: TestContext.Current.CancellationToken);

        Assert.All(report.Pages, p => Assert.True(p.Status == PageStatus.Imported, $"{p.Page}: {p.Error}"));
        foreach (var facts in pages)
        {
            var described = Assert.Single(facts.Relationships, r => r.Type == RelationshipTypes.Describes).ToId;
            var source = Assert.Single(facts.Nodes, n => n.Label == Labels.Source && n.Id == described);
            Assert.NotNull(session.Node(source.Id));
            var people = facts.Nodes.Where(n => n.Label == Labels.Person).Select(n => (string)n.Properties["name"]!).ToList();
            foreach (var person in expected.GetValueOrDefault(facts.Page) ?? [])
            {
                Assert.True(people.Contains(person), $"{facts.Page}: {person} not found; found {string.Join(", ", people)}");
            }
        }
        Assert.All(expected.Keys, page => Assert.Contains(page, pages.Select(p => p.Page)));
    }

    private static void SkipWithoutCorpus()
    {
        if (RepoPaths.Shared is null || !Directory.Exists(Path.Combine(RepoPaths.Shared, "corpus")))
        {
            Assert.Skip("../shared/corpus is not beside the repository");
        }
    }
}
