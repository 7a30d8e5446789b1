using Graph.Import.Tests.Support;
using Graph.Testing;

namespace Graph.Import.Tests;

public sealed class VocabularyTests
{
    private static readonly Vocabulary Samples = Vocabulary.Load(RepoPaths.SampleVocabulary);

    [Theory]
    [InlineData("Ambrosino", "Andrew Ambrosino")]
    [InlineData("ambrosino", "Andrew Ambrosino")]
    [InlineData("Ambrosino’s", "Andrew Ambrosino")]
    [InlineData("Shipper's", "Dan Shipper")]
    [InlineData("Cherny", "Boris Cherny")]
    [InlineData("Karpathy", "Andrej Karpathy")]
    [InlineData("Lenny", "Lenny Rachitsky")]
    public void People_resolve_by_alias_last_name_case_and_possessive(string spelling, string canonical)
    {
        Assert.Equal(canonical, Samples.Find(EntityKind.Person, spelling)?.Name);
    }

    [Theory]
    [InlineData("Thesis", "taste is the scarce skill", "taste is the bottleneck")]
    [InlineData("Thesis", "“Taste is the scarce skill.”", "taste is the bottleneck")]
    [InlineData("Show", "Lenny’s Podcast", "Lenny's Podcast")]
    [InlineData("Tool", "codex app", "Codex")]
    [InlineData("Organization", "OpenAI", "OpenAI")]
    public void Other_kinds_resolve_through_aliases_and_quote_styles(string kind, string spelling, string canonical)
    {
        Assert.Equal(canonical, Samples.Find(Enum.Parse<EntityKind>(kind), spelling)?.Name);
    }

    [Fact]
    public void Kinds_do_not_leak_into_each_other()
    {
        Assert.Null(Samples.Find(EntityKind.Person, "Codex"));
        Assert.Null(Samples.Find(EntityKind.Person, "Lenny's Podcast"));
        Assert.Null(Samples.Find(EntityKind.Tool, "Ambrosino"));
    }

    [Fact]
    public void Mentions_prefer_the_longest_name_so_a_show_hides_its_host()
    {
        var mentions = Graph.Import.Extraction.MentionScanner.Scan(Samples, "On Lenny’s Podcast, Lenny asked about Claude Code and Codex.");

        Assert.Equal(
            [(EntityKind.Show, "Lenny's Podcast"), (EntityKind.Person, "Lenny Rachitsky"), (EntityKind.Tool, "Claude Code"), (EntityKind.Tool, "Codex")],
            mentions.Select(m => (m.Entry.Kind, m.Entry.Name)));
    }

    [Fact]
    public void Mentions_find_long_names_past_shorter_ones_in_every_layer()
    {
        // The scan stops reading words once no spelling of a layer starts with them: a longer name in a lower
        // layer must still be found after the upper layer's shorter name stopped matching, and vice versa.
        var catalog = Vocabulary.Empty.With([
            new VocabularyEntry(EntityKind.Source, "The Bitter Lesson Revisited Again", []),
            new VocabularyEntry(EntityKind.Tool, "Open Interpreter", []),
        ]);
        var page = catalog.With([new VocabularyEntry(EntityKind.Person, "Bitter Lesson", []), new VocabularyEntry(EntityKind.Tool, "Open Hands", [])]);

        var mentions = Graph.Import.Extraction.MentionScanner.Scan(page, "Read The Bitter Lesson Revisited Again, then Bitter Lesson, Open Hands and Open Interpreter, not open ai.");

        Assert.Equal(
            [(EntityKind.Source, "The Bitter Lesson Revisited Again"), (EntityKind.Person, "Bitter Lesson"), (EntityKind.Tool, "Open Hands"), (EntityKind.Tool, "Open Interpreter")],
            mentions.Select(m => (m.Entry.Kind, m.Entry.Name)));
    }

    [Fact]
    public void Shared_last_names_are_not_guessed()
    {
        var vocabulary = Vocabulary.Empty.With([
            new VocabularyEntry(EntityKind.Person, "Ann Smith", []),
            new VocabularyEntry(EntityKind.Person, "Bob Smith", []),
        ]);

        Assert.Null(vocabulary.Find(EntityKind.Person, "Smith"));
        Assert.Equal("Ann Smith", vocabulary.Find(EntityKind.Person, "ann smith")?.Name);
    }

    [Fact]
    public void Discover_looks_in_the_wiki_folder_then_its_parent()
    {
        Assert.Equal(Samples.Count, Vocabulary.Discover(RepoPaths.SampleWiki).Count);
        using var wiki = TestWiki.Empty();
        Assert.Same(Vocabulary.Empty, Vocabulary.Discover(wiki.Path));
        wiki.Write("vocabulary.yaml", "tools: [Codex]\n");
        Assert.Equal(1, Vocabulary.Discover(wiki.Path).Count);
    }

    [Theory]
    [InlineData("people:\n  - name: A\n    nickname: B\n", 3, "unknown key 'nickname'")]
    [InlineData("gadgets: [x]\n", 1, "unknown section 'gadgets'")]
    [InlineData("tools:\n  - name: A\n    aliases: [X]\n  - name: B\n    aliases: [x]\n", 4, "'x' names both 'A' and 'B'")]
    [InlineData("tools: [a, b\n", 2, "invalid YAML")]
    [InlineData("shows: x\ntools: [unclosed\npeople: {\n", 2, "invalid YAML")] // YamlDotNet's scanner throws InvalidOperationException here
    [InlineData("people:\n  - aliases: [x]\n", 2, "has no 'name'")]
    public void A_malformed_file_names_the_file_and_line(string yaml, int line, string message)
    {
        using var wiki = TestWiki.Empty();
        var path = wiki.Write("vocabulary.yaml", yaml);

        var error = Assert.Throws<VocabularyException>(() => Vocabulary.Load(path));

        Assert.Equal(path, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_vocabulary_error_naming_it()
    {
        var error = Assert.Throws<VocabularyException>(() => Vocabulary.Load("/nonexistent/vocabulary.yaml"));

        Assert.Contains("/nonexistent/vocabulary.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fingerprint_changes_with_any_alias()
    {
        var more = Samples.With([new VocabularyEntry(EntityKind.Tool, "Codex", ["Codex CLI"])]);

        Assert.NotEqual(Samples.Fingerprint, more.Fingerprint);
        Assert.Equal(Samples.Fingerprint, Vocabulary.Load(RepoPaths.SampleVocabulary).Fingerprint);
    }
}
