using Graph.Core.Cypher;
using Graph.Cypher;
using Graph.Import.Tests.Support;
using Graph.Testing;

namespace Graph.Import.Tests.EndToEnd;

/// <summary>Sources' dates as the embedded store keeps them: Dates that Cypher compares and orders as days, wording beside.</summary>
public sealed class SourceDateImportTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dates_land_as_Cypher_Dates_that_compare_and_sort_by_day()
    {
        using var wiki = TestWiki.Empty();
        wiki.Write("early.md", "---\ntitle: Early\ndate: 9 December 2024\n---\nBody.\n");
        wiki.Write("late.md", "Title: Late\n\nPublished Time: 2025-03-05T10:00:00Z\n\nBody.\n");
        wiki.Write("vague.md", "---\ntitle: Vague\ndate: March 2025\n---\nBody.\n");
        await using var session = EmbeddedCypherSession.Open(null);
        await GraphSchema.ApplyAsync(session, Token);

        var report = await new WikiImporter(session, Vocabulary.Empty).ImportDirectoryAsync(wiki.Path, cancellationToken: Token);
        var rows = await session.RunAsync(
            "MATCH (s:Source) RETURN s.title AS title, s.date AS date, s.dateText AS text, s.date >= date('2025-01-01') AS recent ORDER BY s.date",
            null, CypherAccessMode.Read, Token);

        Assert.False(report.HasFailures, string.Join("\n", report.Pages.Select(p => p.Error)));
        Assert.Equal(["Early", "Late", "Vague"], rows.Column("title"));
        Assert.Equal([CypherTemporal.OfDate(new DateOnly(2024, 12, 9)), CypherTemporal.OfDate(new DateOnly(2025, 3, 5)), null], rows.Column("date"));
        Assert.Equal([null, null, "March 2025"], rows.Column("text"));
        Assert.Equal([false, true, null], rows.Column("recent"));
    }
}
