using Graph.Bench.Import.Corpus;
using Graph.Testing;

namespace Graph.Import.Tests.Corpus;

/// <summary>
/// Extraction scored against hand-written gold annotations of every ../shared/corpus page (Corpus/Gold), with no
/// vocabulary and with the sample one, on the development set the rules were tuned on and the test set they were not.
/// The tables go to the test output; each figure must stay at or above its floor (what the rules reached when the
/// floor was set, so a change that loses ground fails). Misses are listed for development pages only: test pages are
/// not tuned on.
/// </summary>
public sealed class CorpusGoldTests
{
    private static readonly string GoldFolder = Path.Combine(RepoPaths.Root, "tests", "Graph.Import.Tests", "Corpus", "Gold");

    private static string Corpus => Path.Combine(RepoPaths.Shared!, "corpus");

    // Floors per split and label, (precision, recall) with no vocabulary: the figures of 2026-12-04 (sixth to eighth sessions), cut to two decimals.
    // The targets on the test set are higher (people 0.95/0.9, tools 0.9/0.8, HOLDS recall 0.7); see README.
    // Test HOLDS precision fell 0.86 -> 0.81 when two more test pages got their right title (and so their named guest),
    // and HOLDS precision fell again (dev 0.92 -> 0.90, test 0.81 -> 0.77) with statements read off titles: half of those
    // the gold lists; the rest are the title's own claims ("dark factories are coming") the gold words another way or omits.
    // Test HOLDS precision fell 0.78 -> 0.71 (sixth session) when a page's most-named person became its guest where no cue
    // gave one (test roles right 10 -> 11 of 15): that guest now holds the page's points, some of which the gold omits.
    // Dev HOLDS went 0.90/0.72 -> 0.82/0.78 (eighth session) with the topics show notes list ("They explore A, B, and C",
    // "Cat and I talked about:" over chapters): the gold lists about half of the topics a page lists, as it lists half of
    // a takeaways section's items, so the rest count against precision.
    private static readonly Dictionary<(string Split, string Label), (double Precision, double Recall)> Floors = new()
    {
        [("dev", "Person")] = (0.99, 0.97),
        [("test", "Person")] = (0.99, 0.83),
        [("dev", "Tool")] = (0.93, 0.93),
        [("test", "Tool")] = (0.82, 0.82),
        [("dev", "Organization")] = (0.95, 0.87),
        [("test", "Organization")] = (0.77, 0.77),
        [("dev", "HOLDS")] = (0.82, 0.77),
        [("test", "HOLDS")] = (0.71, 0.59),
        // A wrong day is worse than none, so no false date on either split (figures of 2026-12-05). Dev recall 8 of 9: the
        // personal-learnings page's "TIER 5   2026-04-02" is not read from its page's own facts. Test recall 2 of 3: the
        // podchemy page runs its date into an image's alt text ("Apr 2, 2026Separator"), which the run-together rule does not read.
        [("dev", "Source date")] = (1.0, 0.88),
        [("test", "Source date")] = (1.0, 0.66),
    };

    private const int MinTitlesRight = 29;

    [Fact]
    public void Every_corpus_page_has_a_gold_annotation_in_one_split()
    {
        SkipWithoutCorpus();
        var pages = Directory.GetDirectories(Corpus).Sum(folder => Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories).Length);

        var gold = CorpusGoldSet.Load(Corpus, GoldFolder);

        Assert.Equal(pages, gold.Count);
        Assert.Equal(10, gold.Count(g => g.Split == "test"));
        Assert.All(gold, g => Assert.NotEmpty(g.People.Concat(g.MaybePeople).Select(p => p.Name).Concat(g.NotPeople)));
    }

    [Fact]
    public void Extraction_without_a_vocabulary_stays_at_or_above_its_floors()
    {
        SkipWithoutCorpus();
        var gold = CorpusGoldSet.Load(Corpus, GoldFolder);
        var facts = CorpusGoldSet.Extract(Corpus, Vocabulary.Empty, gold.Select(g => g.Page));
        var output = TestContext.Current.TestOutputHelper;
        var failures = new List<string>();
        var titlesRight = 0;
        foreach (var split in new[] { "dev", "test" })
        {
            var score = CorpusGoldSet.Score(gold.Where(g => g.Split == split), facts);
            titlesRight += score.TitlesRight;
            output?.WriteLine(score.Table($"{split} set, no vocabulary"));
            if (split == "dev")
            {
                output?.WriteLine(string.Join('\n', score.Misses));
            }
            foreach (var ((floorSplit, label), (precision, recall)) in Floors.Where(f => f.Key.Split == split))
            {
                var tally = score[label];
                if (tally.Precision < precision || tally.Recall < recall)
                {
                    failures.Add($"{split} {label}: precision {tally.Precision:0.000} (floor {precision}), recall {tally.Recall:0.000} (floor {recall})");
                }
            }
        }
        Assert.True(titlesRight >= MinTitlesRight, $"{titlesRight} titles right, floor {MinTitlesRight}");
        Assert.Empty(failures);
    }

    // The gold spells people as each page does: a page that only says "Lenny" has gold "Lenny", which the sample
    // vocabulary rightly resolves to Lenny Rachitsky. So the vocabulary may cost a few points here, never many.
    [Fact]
    public void The_sample_vocabulary_does_not_lower_any_figure_much()
    {
        SkipWithoutCorpus();
        var gold = CorpusGoldSet.Load(Corpus, GoldFolder);
        var plain = CorpusGoldSet.Score(gold, CorpusGoldSet.Extract(Corpus, Vocabulary.Empty, gold.Select(g => g.Page)));
        var withSamples = CorpusGoldSet.Score(gold, CorpusGoldSet.Extract(Corpus, Vocabulary.Load(RepoPaths.SampleVocabulary), gold.Select(g => g.Page)));
        TestContext.Current.TestOutputHelper?.WriteLine(withSamples.Table("all pages, with samples/vocabulary.yaml"));

        Assert.True(withSamples.TitlesRight >= plain.TitlesRight);
        Assert.All(new[] { "Person", "Tool" }, label =>
        {
            Assert.True(withSamples[label].Recall >= plain[label].Recall - 0.08, $"{label} recall {withSamples[label].Recall:0.000} < {plain[label].Recall:0.000}");
            Assert.True(withSamples[label].Precision >= plain[label].Precision - 0.1, $"{label} precision {withSamples[label].Precision:0.000} < {plain[label].Precision:0.000}");
        });
    }

    private static void SkipWithoutCorpus()
    {
        if (RepoPaths.Shared is null || !Directory.Exists(Path.Combine(RepoPaths.Shared, "corpus")))
        {
            Assert.Skip("../shared/corpus is not beside the repository");
        }
    }
}
