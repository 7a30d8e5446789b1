using Graph.Core.Model;
using Graph.Import;

namespace Graph.Bench.Import.Corpus;

/// <summary>
/// The corpus pages with their gold annotations (tests/Graph.Import.Tests/Corpus/Gold), extracted the way an import reads them (every page's title known),
/// and scored per split. Shared by <c>CorpusGoldTests</c> and the extraction benchmark (bench/Graph.Bench.Import).
/// </summary>
public static class CorpusGoldSet
{
    /// <param name="corpus">../shared/corpus</param>
    /// <param name="goldFolder">tests/Graph.Import.Tests/Corpus/Gold</param>
    public static IReadOnlyList<CorpusGold> Load(string corpus, string goldFolder) =>
        Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories)
            .Where(file => Path.GetDirectoryName(file) != Path.GetFullPath(corpus).TrimEnd(Path.DirectorySeparatorChar)) // SOURCES.md describes the corpus
            .Select(file => Path.GetRelativePath(corpus, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(page =>
            {
                var file = Path.Combine(goldFolder, page + ".gold");
                return File.Exists(file) ? CorpusGold.Parse(page, File.ReadAllText(file), file) : null;
            })
            .OfType<CorpusGold>()
            .ToList();

    /// <summary>Each page's facts, or an empty set when the page fails (then every one of its gold facts is missed).</summary>
    public static Dictionary<string, PageFacts> Extract(string corpus, Vocabulary vocabulary, IEnumerable<string> pages) =>
        pages.ToDictionary(page => page, page =>
        {
            try
            {
                return WikiImporter.Explain(vocabulary, corpus, page);
            }
            catch (WikiPageException)
            {
                return new PageFacts(page, "", [], []);
            }
        }, StringComparer.Ordinal);

    public static CorpusScore Score(IEnumerable<CorpusGold> gold, IReadOnlyDictionary<string, PageFacts> facts)
    {
        var score = new CorpusScore();
        foreach (var page in gold)
        {
            score.Add(page, facts[page.Page]);
        }
        return score;
    }
}
