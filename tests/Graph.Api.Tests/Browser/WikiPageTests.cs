using System.Net;
using System.Text.Json;
using Graph.Api.Explorer;
using Graph.Testing;

namespace Graph.Api.Tests.Browser;

/// <summary>/wiki/PAGE.md: the page each piece of evidence links to, read as the importer reads pages.</summary>
public sealed class WikiPageTests(SampleGraphFixture graph, EmptyGraphFixture empty) : IClassFixture<SampleGraphFixture>, IClassFixture<EmptyGraphFixture>
{
    [Fact]
    public async Task Each_statement_links_to_its_line_and_that_line_holds_the_sentence()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var hood = JsonDocument.Parse(await graph.Client.GetStringAsync($"{ExplorerEndpoints.NeighborhoodPath}?id=thesis:taste-is-the-bottleneck", cancel));
        var statements = hood.RootElement.GetProperty("edges").EnumerateArray()
            .SelectMany(edge => edge.GetProperty("statements").EnumerateArray())
            .Where(s => s.TryGetProperty("evidence", out _) && s.TryGetProperty("line", out _)).ToList();
        Assert.NotEmpty(statements);

        foreach (var statement in statements.Take(5))
        {
            var href = statement.GetProperty("href").GetString()!;
            var line = statement.GetProperty("line").GetInt64();
            Assert.EndsWith($"#L{line}", href);
            var html = await graph.Client.GetStringAsync(href.Split('#')[0], cancel);
            var shown = Between(html, $"<li id=\"L{line}\">", "</li>");
            // The evidence sentence starts on that line; Markdown marks and HTML escapes aside, its opening letters are there.
            var opening = Letters(statement.GetProperty("evidence").GetString()!);
            Assert.Contains(opening[..Math.Min(24, opening.Length)], Letters(WebUtility.HtmlDecode(shown)));
        }
    }

    [Theory]
    [InlineData("/wiki/does-not-exist.md", "does not exist")]
    [InlineData("/wiki/vocabulary.yaml", ".md files")]
    [InlineData("/wiki/.hidden.md", "hidden files")]
    [InlineData("/wiki/..%2F..%2FREADME.md", "hidden files")]
    public async Task A_page_outside_the_wiki_or_not_a_page_is_refused_by_name(string url, string why)
    {
        using var response = await graph.Client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(why, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Without_a_wiki_there_are_no_links_and_the_page_says_why()
    {
        using var response = await empty.Client.GetAsync("/wiki/anything.md", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("without a wiki folder", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_link_out_of_the_wiki_is_not_shown()
    {
        var wiki = RepoPaths.NewTempDirectory("graph-wiki-link");
        var outside = RepoPaths.NewTempDirectory("graph-wiki-outside");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(outside, "secret.md"), "# Secret\n\nnot for the web\n", TestContext.Current.CancellationToken);
            File.CreateSymbolicLink(Path.Combine(wiki, "secret.md"), Path.Combine(outside, "secret.md"));
            var factory = new GraphApiFactory(RepoPaths.NewTempDirectory("graph-api-link"), importWiki: wiki);
            HttpStatusCode status;
            string body;
            await using (factory)
            {
                using var client = factory.CreateClient();
                using var response = await client.GetAsync("/wiki/secret.md", TestContext.Current.CancellationToken);
                (status, body) = (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            }
            RepoPaths.DeleteDataDirectory(factory.DataDirectory);

            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Contains("outside the wiki root", body);
            Assert.DoesNotContain("not for the web", body);
        }
        finally
        {
            Directory.Delete(wiki, recursive: true);
            Directory.Delete(outside, recursive: true);
        }
    }

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"{start} is not in the page");
        from += start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
