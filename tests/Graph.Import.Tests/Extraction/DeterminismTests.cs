using System.Text;
using Graph.Core.Model;
using Graph.Import.Tests.Support;
using Graph.Testing;

namespace Graph.Import.Tests.Extraction;

public sealed class DeterminismTests
{
    [Fact]
    public void Extracting_the_samples_twice_gives_identical_facts()
    {
        var vocabulary = Vocabulary.Load(RepoPaths.SampleVocabulary);

        var first = Render(SampleFacts.Extract(RepoPaths.SampleWiki, vocabulary));
        var second = Render(SampleFacts.Extract(RepoPaths.SampleWiki, Vocabulary.Load(RepoPaths.SampleVocabulary)));

        Assert.Equal(first, second);
        Assert.Contains("PAIRS_WITH", first, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_gives_the_same_facts_when_another_page_body_changes()
    {
        using var wiki = TestWiki.CopyOfSamples();
        var before = Render(SampleFacts.Extract(wiki.Path, Vocabulary.Load(RepoPaths.SampleVocabulary)).Where(p => p.Page == "the-ai-paradox.md"));

        wiki.Write("why-coding-is-solved.md", wiki.Read("why-coding-is-solved.md").Replace("Verification is the real work.", "Verification is the work.", StringComparison.Ordinal));
        var after = Render(SampleFacts.Extract(wiki.Path, Vocabulary.Load(RepoPaths.SampleVocabulary)).Where(p => p.Page == "the-ai-paradox.md"));

        Assert.Equal(before, after);
        Assert.Contains("the-ai-paradox.md", before, StringComparison.Ordinal);
    }

    /// <summary>Every fact with every property, in order: equal text means equal facts.</summary>
    internal static string Render(IEnumerable<PageFacts> pages)
    {
        var text = new StringBuilder();
        foreach (var page in pages)
        {
            text.AppendLine($"# {page.Page} {page.ContentHash}");
            foreach (var node in page.Nodes)
            {
                text.AppendLine($"N {node.Label} {node.Id} {Props(node.Properties)}");
            }
            foreach (var r in page.Relationships)
            {
                text.AppendLine($"R {r.FromLabel}:{r.FromId} -{r.Type}-> {r.ToLabel}:{r.ToId} {Props(r.Properties)} {r.Provenance}");
            }
        }
        return text.ToString();
    }

    private static string Props(IReadOnlyDictionary<string, object?> props) => string.Join(", ", props.Select(p =>
        $"{p.Key}={(p.Value is not string and IEnumerable<object?> list ? "[" + string.Join("|", list) + "]" : p.Value)}"));
}
