using System.Text;
using Graph.Core.Model;
using Graph.Import.Tests.Support;
using Graph.Testing;

namespace Graph.Import.Tests.Extraction;

/// <summary>
/// Precision and recall of extraction against hand-written gold annotations of every sample page, per label and
/// for relationships, over the graph the sample wiki builds. The table goes to the test output.
/// </summary>
public sealed class GoldPrecisionRecallTests
{
    private const double Target = 0.9;

    // A page's own bookkeeping node (path, import key) is not an extracted fact.
    private const string PageLabel = "Page";

    [Fact]
    public void Every_sample_page_has_a_gold_annotation()
    {
        var pages = SampleFacts.Pages.Select(p => p.Page + ".gold").Order(StringComparer.Ordinal);
        var gold = Directory.GetFiles(GoldAnnotation.Folder, "*.gold").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(pages, gold);
    }

    [Fact]
    public void Precision_and_recall_reach_the_target_for_every_label_and_for_relationships()
    {
        var (scores, table, misses) = Evaluate(SampleFacts.Pages);
        TestContext.Current.TestOutputHelper?.WriteLine(table);
        TestContext.Current.TestOutputHelper?.WriteLine(misses);
        Assert.All(Labels.All.Where(l => l != PageLabel), label => Assert.True(scores[label].TruePositives > 0, $"no {label} in the gold annotations"));
        Assert.All(scores, s => Assert.True(s.Value.Precision >= Target && s.Value.Recall >= Target, $"{s.Key} below {Target}:\n{table}\n{misses}"));
    }

    /// <summary>
    /// The gold is written for pages read with samples/vocabulary.yaml; with no vocabulary the rules alone must do at least
    /// as well as they did before they learned to read pages from other sites (the floors are that build's figures).
    /// </summary>
    [Fact]
    public void Without_the_vocabulary_no_figure_falls_below_where_it_was()
    {
        var floors = new Dictionary<string, (double Precision, double Recall)>
        {
            ["(relationships)"] = (0.900, 0.849),
            [Labels.Thesis] = (0.809, 0.944),
            [Labels.Tool] = (1.0, 0.333),
        };
        var (scores, table, misses) = Evaluate(SampleFacts.Extract(RepoPaths.SampleWiki, Vocabulary.Empty));
        TestContext.Current.TestOutputHelper?.WriteLine(table);
        TestContext.Current.TestOutputHelper?.WriteLine(misses);
        Assert.All(scores.Where(s => s.Key != Labels.Organization), s =>
        {
            var (precision, recall) = floors.GetValueOrDefault(s.Key, (1.0, 1.0));
            Assert.True(s.Value.Precision >= precision && s.Value.Recall >= recall, $"{s.Key} below ({precision}, {recall}):\n{table}\n{misses}");
        });
    }

    // The graph the samples build, against the union of the pages' gold: a page states the facts of a Related page that
    // is itself in the wiki through that page (who appears in it, its show), not twice.
    private static (SortedDictionary<string, Score> Scores, string Table, string Misses) Evaluate(IReadOnlyList<PageFacts> pages)
    {
        var gold = pages.Select(p => GoldAnnotation.Load(p.Page)).ToList();
        var keys = pages.SelectMany(p => p.Nodes).DistinctBy(n => n.Id).ToDictionary(n => n.Id, GoldAnnotation.NodeKey, StringComparer.Ordinal);
        var scores = new SortedDictionary<string, Score>(StringComparer.Ordinal);
        var misses = new StringBuilder();
        foreach (var label in Labels.All.Where(l => l != PageLabel))
        {
            var found = pages.SelectMany(p => p.Nodes).Where(n => n.Label == label).Select(GoldAnnotation.NodeKey).ToHashSet(StringComparer.Ordinal);
            var expected = gold.SelectMany(g => g.Nodes).Where(n => n.Label == label).Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
            Tally(scores, label, found, expected, misses);
        }
        var relationships = pages.SelectMany(p => p.Relationships).Where(r => r.Type != "DESCRIBES")
            .Select(r => GoldAnnotation.RelationshipKey(r.Type, keys[r.FromId], keys[r.ToId])).ToHashSet(StringComparer.Ordinal);
        Tally(scores, "(relationships)", relationships, gold.SelectMany(g => g.Relationships).ToHashSet(StringComparer.Ordinal), misses);

        var table = new StringBuilder($"{"",-16} {"precision",9} {"recall",7} {"tp",4} {"fp",4} {"fn",4}\n");
        foreach (var (name, score) in scores)
        {
            table.Append($"{name,-16} {score.Precision,9:0.000} {score.Recall,7:0.000} {score.TruePositives,4} {score.FalsePositives,4} {score.FalseNegatives,4}\n");
        }
        return (scores, table.ToString(), misses.ToString());
    }

    private static void Tally(SortedDictionary<string, Score> scores, string name, HashSet<string> found, HashSet<string> expected, StringBuilder misses)
    {
        var score = scores.GetValueOrDefault(name) ?? new Score(0, 0, 0);
        scores[name] = new Score(
            score.TruePositives + found.Count(expected.Contains),
            score.FalsePositives + found.Count(f => !expected.Contains(f)),
            score.FalseNegatives + expected.Count(e => !found.Contains(e)));
        foreach (var extra in found.Where(f => !expected.Contains(f)).Order(StringComparer.Ordinal))
        {
            misses.Append($"extracted, not in gold: {extra}\n");
        }
        foreach (var missing in expected.Where(e => !found.Contains(e)).Order(StringComparer.Ordinal))
        {
            misses.Append($"in gold, not extracted: {missing}\n");
        }
    }

    private sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    }
}
