using Graph.Core.Model;

namespace Graph.Import.Tests.Support;

/// <summary>Extracts one hand-written page (no vocabulary unless given) and reads its facts by label and name.</summary>
internal sealed class OnePage
{
    private OnePage(PageFacts facts) => Facts = facts;

    public PageFacts Facts { get; }

    public static OnePage Extract(string text, string file = "page.md", string? vocabulary = null)
    {
        using var wiki = TestWiki.Empty();
        wiki.Write(file, text);
        var words = vocabulary is null ? Vocabulary.Empty : Vocabulary.Load(wiki.Write("vocabulary.yaml", vocabulary));
        return new OnePage(WikiImporter.Explain(words, wiki.Path, file));
    }

    public IReadOnlyList<string> Names(string label) =>
        Facts.Nodes.Where(n => n.Label == label).Select(n => n.Properties.GetValueOrDefault("name") as string).OfType<string>().ToList();

    public string? Title => Facts.Nodes.FirstOrDefault(n => n.Label == Labels.Source && Facts.Relationships.Any(r => r.Type == RelationshipTypes.Describes && r.ToId == n.Id))?.Properties["title"] as string;

    /// <summary>The role each person APPEARS_IN the page's source with, by name.</summary>
    public IReadOnlyDictionary<string, string> Roles
    {
        get
        {
            var names = Facts.Nodes.ToDictionary(n => n.Id, n => n.Properties.GetValueOrDefault("name") as string ?? n.Id, StringComparer.Ordinal);
            return Facts.Relationships.Where(r => r.Type == RelationshipTypes.AppearsIn)
                .ToDictionary(r => names[r.FromId], r => (string)r.Properties["role"]!, StringComparer.Ordinal);
        }
    }

    public IEnumerable<RelationshipFact> Relationships(string type) => Facts.Relationships.Where(r => r.Type == type);

    public string NameOf(string id) => Facts.Nodes.Single(n => n.Id == id).Properties.GetValueOrDefault("name") as string ?? id;
}
