using Graph.Import.Extraction;

namespace Graph.Import.Tests.Extraction;

public sealed class QuotedSpansTests
{
    [Fact]
    public void Finds_curly_straight_and_low_quotes()
    {
        var spans = QuotedSpans.Find("A “curly one” and \"a straight one\" and „a low one”.");

        Assert.Equal(["curly one", "a straight one", "a low one"], spans.Select(s => s.Content));
    }

    [Fact]
    public void An_unclosed_quote_does_not_swallow_the_rest()
    {
        Assert.Equal(["closed"], QuotedSpans.Find("“never closed and then \"closed\"").Select(s => s.Content));
    }

    [Fact]
    public void Nested_quotes_count_once_and_a_stray_opener_is_skipped()
    {
        var spans = QuotedSpans.Find("“outer “inner” end” then “ stray and “last”");

        Assert.Equal(["outer “inner” end", "last"], spans.Select(s => s.Content));
    }

    [Fact]
    public void A_very_long_line_of_unclosed_marks_is_handled()
    {
        var text = string.Concat(Enumerable.Repeat("“ x ", 50_000)) + "“done”";

        Assert.Equal("done", QuotedSpans.Find(text).Single().Content);
    }

    [Theory]
    [InlineData("Ambrosino: “Taste.”", "Ambrosino", false)]
    [InlineData("Ambrosino, paraphrased: “Taste.”", "Ambrosino", true)]
    [InlineData("“Taste,” says Andrew Ambrosino.", "Andrew Ambrosino", false)]
    [InlineData("“Taste.” — Ambrosino", "Ambrosino", false)]
    [InlineData("users “self-select” — Ambrosino himself flags it", null, false)]
    [InlineData("moves to curation: “what is good?”", null, false)]
    public void Speakers_come_from_a_colon_a_says_or_a_closing_byline(string text, string? speaker, bool paraphrase)
    {
        var quote = QuotedSpans.Find(text).Single();

        var found = Attribution.SpeakerOf(text, quote);

        Assert.Equal(speaker, found?.Name);
        Assert.Equal(paraphrase, found?.Paraphrase ?? false);
    }

    [Theory]
    [InlineData("Shipper’s “every agent needs a human”", "Shipper")]
    [InlineData("Dan Shipper's line “every agent needs a human”", "Dan Shipper")]
    [InlineData("the “every agent needs a human” idea", null)]
    public void Possessives_name_who_holds_a_quoted_idea(string text, string? possessor)
    {
        Assert.Equal(possessor, Attribution.Possessor(text, QuotedSpans.Find(text).Single()));
    }
}
