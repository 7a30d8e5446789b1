using Graph.Core.Cypher;
using Graph.Core.Model;
using Graph.Import.Tests.Support;

namespace Graph.Import.Tests.Extraction;

/// <summary>
/// The Source's date: a Cypher Date where the page names one day (front matter first, else the top of a saved page),
/// the page's own wording where it names less, nothing where it names no date of publication.
/// </summary>
public sealed class SourceDateTests
{
    [Theory]
    [InlineData("---\ntitle: T\ndate: 2025-03-05\n---\nBody.\n", "2025-03-05")]
    [InlineData("---\ntitle: T\ndate: March 5, 2025\n---\nBody.\n", "2025-03-05")]
    [InlineData("---\ntitle: T\npublished: 2025-03-05T08:00:00+01:00\n---\nBody.\n", "2025-03-05")]
    // date wins over the other keys, wherever it stands
    [InlineData("---\ntitle: T\npublish_date: 2024-01-01\ndate: 2025-03-05\n---\nBody.\n", "2025-03-05")]
    // a reader's export
    [InlineData("Title: Evaluation is the new spec\n\nURL Source: https://example.org/p/x\n\nPublished Time: 2025-03-05T10:00:00.000Z\n\nMarkdown Content:\nThe episode covers evaluation.\n", "2025-03-05")]
    // a byline run into the site's name, with the update after it
    [InlineData("# T\n\nnewsdeskPublished on 2025-03-05Last updated on 2025-04-01\n\nThe episode covers evaluation.\n", "2025-03-05")]
    // a note's Source line
    [InlineData("Source: talks/x.md (youtube.com) — talk by Maria Okafor, published 2025-03-05.\n\nShe argues for evals.\n", "2025-03-05")]
    // a date alone on its line under the title, or a field of a header row
    [InlineData("# T\n\nMaria Okafor\n\nMarch 5, 2025\n\nThe episode covers evaluation.\n", "2025-03-05")]
    [InlineData("# T\n\n| Podcasts | March 5, 2025 | 31.7 Thousand views | 1:25:35\n\nThe episode covers evaluation.\n", "2025-03-05")]
    [InlineData("# T\n\nSomeone · Someone (@someone) · 2025-03-05\n\nThe episode covers evaluation.\n", "2025-03-05")]
    // the day a permalink spells
    [InlineData("<!-- url: https://blog.example.org/2025/03/05/evaluation-is-the-new-spec/ -->\n# T\n\nThe episode covers evaluation.\n", "2025-03-05")]
    public void A_day_the_page_gives_is_stored_as_a_Date(string text, string day)
    {
        var source = Source(text);

        Assert.Equal(new CypherTemporal(CypherTemporalType.Date, day), source.GetValueOrDefault("date"));
        Assert.False(source.ContainsKey("dateText"));
    }

    [Theory]
    [InlineData("---\ntitle: T\ndate: March 2025\n---\nBody.\n", "March 2025")]
    [InlineData("---\ntitle: T\ndate: 2025\n---\nBody.\n", "2025")]
    [InlineData("---\ntitle: T\ndate: 03/05/2025\n---\nBody.\n", "03/05/2025")]
    [InlineData("---\ntitle: T\ndate: 2025-02-30\n---\nBody.\n", "2025-02-30")]
    [InlineData("---\ntitle: T\ndate: sometime in spring\n---\nBody.\n", "sometime in spring")]
    [InlineData("Title: T\n\nPublished: March 2025\n\nThe episode covers evaluation.\n", "March 2025")]
    [InlineData("# T\n\nThis essay was first published in March 2025.\n\nIt covers evaluation.\n", "March 2025")]
    public void Wording_that_names_no_single_day_is_kept_as_written_and_no_Date_is_guessed(string text, string wording)
    {
        var source = Source(text);

        Assert.Equal(wording, source.GetValueOrDefault("dateText"));
        Assert.False(source.ContainsKey("date"));
    }

    [Theory]
    // a draft flag in some templates, not a date
    [InlineData("---\ntitle: T\npublished: false\n---\nBody.\n")]
    // when the page was updated, edited or saved is not when it was published
    [InlineData("# T\n\nLast updated: 2025-03-05\n\nThe episode covers evaluation.\n")]
    [InlineData("# T\n\nUpdated · 2025-03-05\n\nThe episode covers evaluation.\n")]
    // a date inside a sentence is what the page talks about
    [InlineData("# T\n\nOn March 5, 2025 the team shipped the first version.\n")]
    // numbers either way round
    [InlineData("# T\n\n03/05/2025\n\nThe episode covers evaluation.\n")]
    // a date in a list, or far down the page, is not the header's
    [InlineData("# T\n\n- March 5, 2025 — the first release\n\nThe episode covers evaluation.\n")]
    [InlineData("# T\n\n1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n7\n\nMarch 5, 2025\n")]
    [InlineData("# T\n\nWe published 2000 posts.\n")]
    public void No_date_of_publication_gives_no_date(string text)
    {
        var source = Source(text);

        Assert.False(source.ContainsKey("date"));
        Assert.False(source.ContainsKey("dateText"));
    }

    [Fact]
    public void Front_matter_wins_over_the_header()
    {
        var source = Source("---\ntitle: T\ndate: 2024-12-31\n---\nPublished: 2025-03-05\n\nBody.\n");

        Assert.Equal(CypherTemporal.OfDate(new DateOnly(2024, 12, 31)), source["date"]);
    }

    private static IReadOnlyDictionary<string, object?> Source(string text)
    {
        var page = OnePage.Extract(text, "notes.md");
        var describes = Assert.Single(page.Relationships(RelationshipTypes.Describes));
        return page.Facts.Nodes.Single(n => n.Id == describes.ToId).Properties;
    }
}
