using Graph.Import.Tests.Support;

namespace Graph.Import.Tests;

/// <summary>`graph vocabulary alias`: the file gains the spelling in place, and the next import resolves it.</summary>
public sealed class VocabularyEditorTests
{
    [Fact]
    public void An_alias_lands_in_its_section_keeps_comments_and_resolves()
    {
        using var wiki = TestWiki.Empty();
        var file = wiki.Write("vocabulary.yaml", "# our names\npeople:\n  - name: Maria Okafor\n    affiliation: Brightline\n\ntools:\n  - Quillpad\n");

        VocabularyEditor.AddAlias(file, "person", "Maria Okafor", "Okafor-Smith");

        var text = File.ReadAllText(file);
        Assert.StartsWith("# our names\npeople:\n  - name: Maria Okafor\n", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Okafor-Smith", StringComparison.Ordinal) < text.IndexOf("tools:", StringComparison.Ordinal));
        var entry = Vocabulary.Load(file).Find(EntityKind.Person, "Okafor-Smith");
        Assert.Equal("Maria Okafor", entry?.Name);
        Assert.Equal("Brightline", entry?.Affiliation);
    }

    [Fact]
    public void A_missing_file_or_section_is_created()
    {
        using var wiki = TestWiki.Empty();
        var file = Path.Combine(wiki.Path, "vocabulary.yaml");

        VocabularyEditor.AddAlias(file, "organization", "Brightline Labs", "Brightline");

        Assert.Equal("Brightline Labs", Vocabulary.Load(file).Find(EntityKind.Organization, "brightline")?.Name);
    }

    [Fact]
    public void A_spelling_that_names_someone_else_is_refused_and_the_file_is_untouched()
    {
        using var wiki = TestWiki.Empty();
        var file = wiki.Write("vocabulary.yaml", "people:\n  - name: Maria Okafor\n    aliases: [Maria]\n");

        var error = Assert.Throws<VocabularyException>(() => VocabularyEditor.AddAlias(file, "person", "Maria Lopez", "Maria"));

        Assert.Contains("'Maria' already names 'Maria Okafor'", error.Message, StringComparison.Ordinal);
        Assert.Equal("people:\n  - name: Maria Okafor\n    aliases: [Maria]\n", File.ReadAllText(file));
    }

    [Fact]
    public void The_report_pairs_a_lone_name_with_the_full_name_it_is_likely_part_of()
    {
        using var wiki = TestWiki.Empty();
        wiki.Write("a.md", "Episode A\n\nGuest: Maria Okafor\n\nThe talk is long and winding.\n");
        wiki.Write("b.md", "Episode B\n\nMaria: we ship weekly.\n\nMaria: every week.\n\nThe talk is short.\n");
        var unlisted = new UnlistedEntities(Vocabulary.Empty);
        foreach (var page in new[] { "a.md", "b.md" })
        {
            unlisted.Add(WikiImporter.Explain(Vocabulary.Empty, wiki.Path, page));
        }

        var duplicate = Assert.Single(unlisted.LikelyDuplicates);

        Assert.Equal(("Person", "Maria", "Maria Okafor"), (duplicate.Label, duplicate.Name, duplicate.LikelyOf));
    }
}
