using Graph.Import.Parsing;

namespace Graph.Import.Tests.Parsing;

public sealed class FrontMatterTests
{
    [Fact]
    public void Known_keys_are_read_with_their_file_lines()
    {
        const string yaml = """
            title: A Title
            show: Some Show
            people:
              - name: Ada Lovelace
                role: guest
              - Grace Hopper
            tools: [Codex, Claude Code]
            theses:
              - name: taste is the bottleneck
                aliases: [taste is the scarce skill]
            tags: [one, two]
            aliases: Another Title
            unknown: ignored
            """;

        var fm = FrontMatter.Parse(yaml, firstLine: 2);

        Assert.Equal(new FrontMatterItem("A Title", 2), fm.Title);
        Assert.Equal("Some Show", fm.Show?.Name);
        Assert.Equal([("Ada Lovelace", "guest", 5), ("Grace Hopper", null, 7)], fm.People.Select(p => (p.Name, p.Role, p.Line)));
        Assert.Equal(["Codex", "Claude Code"], fm.Tools.Select(t => t.Name));
        Assert.Equal(["taste is the scarce skill"], fm.Theses.Single().Aliases);
        Assert.Equal(["one", "two"], fm.Tags);
        Assert.Equal(["Another Title"], fm.Aliases);
    }

    [Theory]
    [InlineData("title: [a, b]", 2, "'title' must be a single value")]
    [InlineData("people:\n  - role: guest", 3, "has no 'name'")]
    [InlineData("people:\n  - name: A\n    age: 3", 4, "unknown key 'age'")]
    [InlineData("tools: {a: b}", 2, "'tools' must be a list")]
    [InlineData("- just\n- a list", 2, "mapping")]
    public void Wrong_shapes_are_errors_naming_the_line(string yaml, int line, string message)
    {
        var error = Assert.Throws<PageFormatException>(() => FrontMatter.Parse(yaml, firstLine: 2));

        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
