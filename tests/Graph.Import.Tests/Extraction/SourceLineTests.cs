using Graph.Import.Extraction;

namespace Graph.Import.Tests.Extraction;

public sealed class SourceLineTests
{
    [Fact]
    public void The_corpus_shape_gives_file_url_show_kind_person_and_role()
    {
        var line = SourceLine.Parse("Source: raw/Some_File.md (youtube.com/watch?v=x) — Lenny’s Podcast interview with Andrew Ambrosino, product & engineering lead for the Codex app at OpenAI.");

        Assert.Equal("raw/Some_File.md", line.File);
        Assert.Equal("youtube.com/watch?v=x", line.Url);
        Assert.Equal("Lenny’s Podcast", line.Show);
        Assert.Equal("interview", line.Kind);
        Assert.Equal("with", line.Connector);
        Assert.Equal(["Andrew Ambrosino"], line.People);
        Assert.Equal("product & engineering lead for the Codex app at OpenAI", line.Role);
    }

    [Theory]
    [InlineData("Source: talks/x.md — talk by Andrej Karpathy.", null, "talk", "by", new[] { "Andrej Karpathy" })]
    [InlineData("Source: Lenny’s Podcast with Dan Shipper and Lenny Rachitsky", "Lenny’s Podcast", "episode", "with", new[] { "Dan Shipper", "Lenny Rachitsky" })]
    [InlineData("Source: an essay by Ada Lovelace at Analytical Engines", null, "essay", "by", new[] { "Ada Lovelace" })]
    [InlineData("Source: notes.md", null, null, null, new string[0])]
    public void Other_shapes_parse_what_they_have(string text, string? show, string? kind, string? connector, string[] people)
    {
        var line = SourceLine.Parse(text);

        Assert.Equal(show, line.Show);
        Assert.Equal(kind, line.Kind);
        Assert.Equal(connector, line.Connector);
        Assert.Equal(people, line.People);
    }
}
