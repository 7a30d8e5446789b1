using Graph.Import.Parsing;

namespace Graph.Import.Tests.Parsing;

/// <summary>Which wordings name one day, which only a month or a year, and which no date a reader could be sure of.</summary>
public sealed class WrittenDateTests
{
    [Theory]
    [InlineData("2025-03-05", "2025-03-05")]
    [InlineData("2025-03-05T23:10:00.000Z", "2025-03-05")]
    [InlineData("2025-03-05 09:30 +01:00", "2025-03-05")]
    [InlineData("2025/3/5", "2025-03-05")]
    [InlineData("March 5, 2025", "2025-03-05")]
    [InlineData("Mar. 5 2025", "2025-03-05")]
    [InlineData("Sept 14, 2025", "2025-09-14")]
    [InlineData("Wednesday, March 5th, 2025", "2025-03-05")]
    [InlineData("5 March 2025", "2025-03-05")]
    [InlineData("5th of March, 2025", "2025-03-05")]
    [InlineData("\"2024-02-29\"", "2024-02-29")]
    [InlineData("[[Mar 5th, 2025]]", "2025-03-05")]
    public void A_wording_that_names_one_day_reads_as_that_day(string text, string day)
    {
        var date = WrittenDate.Read(text);

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), date?.Day);
    }

    [Theory]
    [InlineData("March 2025")]
    [InlineData("Sep. 2025")]
    [InlineData("2025-03")]
    [InlineData("2025")]
    public void A_month_or_a_year_alone_is_kept_as_written_with_no_day(string text)
    {
        var date = WrittenDate.Read(text);

        Assert.NotNull(date);
        Assert.Null(date.Day);
        Assert.Equal(text, date.Text);
    }

    [Theory]
    [InlineData("03/05/2025")] // March 5 or 3 May: the page does not say
    [InlineData("5.3.2025")]
    [InlineData("05-03-2025")]
    [InlineData("Mar 5, '25")]
    [InlineData("2025-02-30")] // no such day
    [InlineData("February 29, 2025")]
    [InlineData("2025-13-45")]
    [InlineData("2025-00")]
    [InlineData("soon")]
    [InlineData("")]
    [InlineData("March 5, 2025 and then some")]
    public void Ambiguous_impossible_or_other_text_is_no_date(string text)
    {
        Assert.Null(WrittenDate.Read(text));
    }

    [Theory]
    [InlineData("July 30, 202552:13", "2025-07-30")] // a date run into the episode's length
    [InlineData("Apr 23, 20261h 25mWatch on YouTube", "2026-04-23")]
    [InlineData("Apr 2, 2026Separator34 min read", "2026-04-02")]
    [InlineData("TIER 5   2026-04-02", "2026-04-02")]
    public void A_day_is_found_where_a_saved_page_runs_it_into_other_text(string text, string day)
    {
        var (date, _) = Assert.Single(WrittenDate.Days(text));

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), date.Day);
    }

    [Theory]
    [InlineData("Episode 20250305 notes")]
    [InlineData("v2025-03-05")]
    [InlineData("March 5, 20251")]
    public void Digits_inside_a_longer_number_or_word_are_no_day(string text)
    {
        Assert.Empty(WrittenDate.Days(text));
    }
}
