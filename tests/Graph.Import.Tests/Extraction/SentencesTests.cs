using Graph.Import.Extraction;

namespace Graph.Import.Tests.Extraction;

public sealed class SentencesTests
{
    [Theory]
    [InlineData("One. Two! Three?", new[] { "One.", "Two!", "Three?" })]
    [InlineData("He said “stop. now.” Then left.", new[] { "He said “stop. now.”", "Then left." })]
    [InlineData("“Loops are so last week.” The frontier moved.", new[] { "“Loops are so last week.”", "The frontier moved." })]
    [InlineData("Use tools, e.g. Codex. Done.", new[] { "Use tools, e.g. Codex.", "Done." })]
    [InlineData("J. R. Smith wrote it. Yes.", new[] { "J. R. Smith wrote it.", "Yes." })]
    [InlineData("version 1.5 is out. ok", new[] { "version 1.5 is out. ok" })]
    public void Splits_only_at_real_sentence_ends(string text, string[] expected)
    {
        Assert.Equal(expected, Sentences.Split(text).Select(s => s.Text));
    }

    [Fact]
    public void Each_sentence_knows_where_it_starts()
    {
        const string text = "First one.  Second one.";

        var sentences = Sentences.Split(text);

        Assert.Equal([0, 12], sentences.Select(s => s.Start));
        Assert.All(sentences, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Text.Length)));
    }
}
