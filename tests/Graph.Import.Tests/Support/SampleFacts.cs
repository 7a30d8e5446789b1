using Graph.Core.Model;
using Graph.Testing;

namespace Graph.Import.Tests.Support;

/// <summary>The extracted facts of every sample page (with the sample vocabulary), computed once per test run.</summary>
internal static class SampleFacts
{
    private static readonly Lazy<IReadOnlyList<PageFacts>> All = new(() => Extract(RepoPaths.SampleWiki, Vocabulary.Load(RepoPaths.SampleVocabulary)));

    public static IReadOnlyList<PageFacts> Pages => All.Value;

    public static PageFacts Page(string page) => Pages.Single(p => p.Page == page);

    public static IEnumerable<RelationshipFact> Relationships => Pages.SelectMany(p => p.Relationships);

    public static IEnumerable<RelationshipFact> Where(string type, string from, string to) =>
        Relationships.Where(r => r.Type == type && r.FromId == from && r.ToId == to);

    public static IReadOnlyList<PageFacts> Extract(string wiki, Vocabulary vocabulary)
    {
        var importer = new WikiImporter(new InMemoryGraphSession(), vocabulary);
        return Directory.GetFiles(wiki, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(wiki, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(page => importer.Explain(wiki, page))
            .ToList();
    }
}
