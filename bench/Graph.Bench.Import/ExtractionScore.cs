using Graph.Import;
using Graph.Bench.Import.Corpus;

namespace Graph.Bench.Import;

/// <summary>
/// `extraction`: extraction of ../shared/corpus scored against the hand-written gold in
/// tests/Graph.Import.Tests/Corpus/Gold, per label, for the development and test sets, with no vocabulary and with
/// samples/vocabulary.yaml (the same scoring CorpusGoldTests asserts floors on). Run from the repository root.
/// </summary>
internal static class ExtractionScore
{
    public static int Run(bool devMisses)
    {
        var corpus = Path.GetFullPath(Path.Combine("..", "shared", "corpus"));
        var gold = Path.GetFullPath(Path.Combine("tests", "Graph.Import.Tests", "Corpus", "Gold"));
        if (!Directory.Exists(corpus) || !Directory.Exists(gold))
        {
            Console.Error.WriteLine($"run from the repository root with ../shared beside it (looked for {corpus} and {gold})");
            return 2;
        }
        var pages = CorpusGoldSet.Load(corpus, gold);
        foreach (var (name, vocabulary) in new[] { ("no vocabulary", Vocabulary.Empty), ("samples/vocabulary.yaml", Vocabulary.Load(Path.Combine("samples", "vocabulary.yaml"))) })
        {
            var facts = CorpusGoldSet.Extract(corpus, vocabulary, pages.Select(p => p.Page));
            foreach (var split in new[] { "dev", "test" })
            {
                var set = pages.Where(p => p.Split == split).ToList();
                var score = CorpusGoldSet.Score(set, facts);
                Console.WriteLine(score.Table($"{split} set ({set.Count} pages), {name}"));
                // Misses are listed for the development set only, so nobody tunes a rule on a test page.
                if (devMisses && split == "dev")
                {
                    score.Misses.ForEach(miss => Console.WriteLine($"  {miss}"));
                    Console.WriteLine();
                }
            }
        }
        return 0;
    }
}
