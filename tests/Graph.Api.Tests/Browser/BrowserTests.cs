using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Api.Tests.Browser;

/// <summary>
/// Chromium through the pages, against the real service: GraphiQL answers the headline query, the explorer searches and
/// expands, the console shows rows and refuses writes. Screenshots land in artifacts/screenshots/.
/// </summary>
public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task GraphiQL_runs_the_preloaded_headline_query_and_shows_the_answer()
    {
        var report = await RunAsync("graphiql");

        Assert.Contains("pairsWith(thesis: \"taste is the bottleneck\")", report.GetProperty("query").GetString());
        Assert.Contains("every agent needs a human who cares about it", report.GetProperty("result").GetString());
        AssertNoErrors(report, "consoleErrors");
    }

    [Fact]
    public async Task Explorer_search_then_click_draws_the_neighbours()
    {
        var report = await RunAsync("explorer");

        Assert.True(report.GetProperty("emptyStateShown").GetBoolean(), "the empty drawing should invite a search");
        Assert.StartsWith("taste is the bottleneck", report.GetProperty("results")[0].GetString());
        Assert.Equal(1, report.GetProperty("afterAdd").GetProperty("nodes").GetInt32());
        var added = report.GetProperty("added").GetString();
        using var hood = await browser.Http.GetFromJsonAsync<JsonDocument>($"/explore/neighborhood?id={added}&limit=60", TestContext.Current.CancellationToken);
        var expanded = report.GetProperty("afterExpand");
        Assert.Equal(1 + hood!.RootElement.GetProperty("nodes").GetArrayLength(), expanded.GetProperty("nodes").GetInt32());
        // Every fact among the drawn nodes is drawn, once: the thesis's own and those between its neighbours.
        using var drawing = await DrawingAsync(expanded.GetProperty("ids"));
        Assert.Equal(drawing.RootElement.GetProperty("edges").GetArrayLength(), expanded.GetProperty("edges").GetInt32());
        Assert.True(expanded.GetProperty("edges").GetInt32() >= hood.RootElement.GetProperty("edges").GetArrayLength());
        Assert.Contains("taste is the bottleneck", report.GetProperty("panel").GetString());
        var edgePanel = report.GetProperty("edgePanel").GetString();
        Assert.Contains("PAIRS_WITH", edgePanel);
        Assert.Contains("every agent needs a human who cares about it", edgePanel);
        Assert.Matches(@"From \S+\.md, line \d+", edgePanel);
        var twice = report.GetProperty("twice");
        Assert.Equal(1, twice.GetProperty("edges").GetInt32());
        var twicePanel = twice.GetProperty("panel").GetString()!;
        Assert.Contains("Stated in 2 places.", twicePanel);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(twicePanel, @"From \S+\.md, line \d+"));
        // Each statement links to its line of the page, and that page opens there, the line marked.
        var links = twice.GetProperty("links").EnumerateArray().Select(link => link.GetString()!).ToList();
        Assert.Equal(2, links.Count);
        Assert.All(links, link => Assert.Matches(@"^/wiki/\S+\.md#L\d+$", link));
        var source = report.GetProperty("source");
        Assert.Equal("L" + links[0].Split("#L")[1], source.GetProperty("target").GetString());
        Assert.Contains("taste", source.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual("rgba(0, 0, 0, 0)", source.GetProperty("background").GetString());
        Assert.False(report.GetProperty("nullText").GetBoolean(), "the page shows a literal null or undefined");
        var filter = report.GetProperty("filter");
        Assert.True(filter.GetProperty("sourcesBefore").GetInt32() > 0, "the expanded thesis has sources to hide");
        Assert.Equal(0, filter.GetProperty("sourcesHidden").GetInt32());
        Assert.Equal("false", filter.GetProperty("pressedWhenHidden").GetString());
        Assert.Equal(filter.GetProperty("sourcesBefore").GetInt32(), filter.GetProperty("sourcesAgain").GetInt32());
        var png = report.GetProperty("png");
        Assert.Equal("graph.png", png.GetProperty("name").GetString());
        Assert.Equal("PNG", png.GetProperty("signature").GetString());
        Assert.True(png.GetProperty("bytes").GetInt32() > 10_000, $"the PNG has {png.GetProperty("bytes")} bytes");
        using var person = await browser.Http.GetFromJsonAsync<JsonDocument>("/explore/neighborhood?id=person:andrew-ambrosino&limit=60", TestContext.Current.CancellationToken);
        Assert.Equal(1 + person!.RootElement.GetProperty("nodes").GetArrayLength(), report.GetProperty("deepLink").GetProperty("nodes").GetInt32());
        AssertNoErrors(report, "consoleErrors");
    }

    [Fact]
    public async Task Explorer_views_survive_undo_back_and_a_shared_link_and_export_as_svg()
    {
        var report = await RunAsync("views");

        var expanded = report.GetProperty("expanded");
        using var drawing = await DrawingAsync(expanded.GetProperty("nodes"));
        Assert.Equal(Ids(drawing.RootElement.GetProperty("edges")), Strings(expanded.GetProperty("edges")));
        Assert.Equal(["Quote"], Strings(report.GetProperty("hidden").GetProperty("hidden")));
        Assert.DoesNotContain(Strings(report.GetProperty("hidden").GetProperty("nodes")), id => id.StartsWith("quote:", StringComparison.Ordinal));

        // The path joins the two ends through at least one node between them, each hop highlighted.
        var ends = Strings(report.GetProperty("ends"));
        var withPath = report.GetProperty("withPath");
        var path = Strings(withPath.GetProperty("path"));
        Assert.Equal(ends[0], path[0]);
        Assert.Equal(ends[^1], path[^1]);
        Assert.True(path.Count >= 3, $"path {string.Join(" - ", path)}");
        Assert.Equal(path.Count - 1, withPath.GetProperty("onPathEdges").GetInt32());
        Assert.Contains("Now click the node the path from", report.GetProperty("pathHint").GetString());

        // Undo, then Back: the earlier views return exactly; Undo is off at the start of the history.
        var undone = report.GetProperty("undone");
        Assert.Empty(undone.GetProperty("path").EnumerateArray());
        Assert.Equal(Strings(report.GetProperty("firstEnd").GetProperty("nodes")), Strings(undone.GetProperty("nodes")));
        var back = report.GetProperty("back");
        Assert.Equal(Strings(expanded.GetProperty("nodes")), Strings(back.GetProperty("nodes")));
        Assert.Equal(Strings(expanded.GetProperty("edges")), Strings(back.GetProperty("edges")));

        // The address alone restores the view: same nodes, edges, hidden label, path and selection.
        var restored = report.GetProperty("restored");
        foreach (var part in new[] { "nodes", "edges", "hidden", "path", "selected" })
        {
            Assert.Equal(Strings(withPath.GetProperty(part)), Strings(restored.GetProperty(part)));
        }
        Assert.Equal(path.Count - 1, restored.GetProperty("onPathEdges").GetInt32());

        var svg = report.GetProperty("svg");
        Assert.Equal("graph.svg", svg.GetProperty("name").GetString());
        Assert.True(svg.GetProperty("opens").GetBoolean() && svg.GetProperty("parses").GetBoolean(), $"svg {svg}");
        Assert.Equal(restored.GetProperty("nodes").GetArrayLength(), svg.GetProperty("circles").GetInt32());
        Assert.Equal(restored.GetProperty("edges").GetArrayLength(), svg.GetProperty("lines").GetInt32());
        Assert.True(svg.GetProperty("hasCaption").GetBoolean());

        // Labels never overlap, at 1280 px and at 390 px.
        foreach (var view in new[] { "expanded", "hidden", "withPath", "narrow" })
        {
            Assert.True(report.GetProperty(view).GetProperty("overlaps").GetArrayLength() == 0, $"{view}: overlapping labels {report.GetProperty(view).GetProperty("overlaps")}");
        }
        Assert.Equal(Strings(withPath.GetProperty("nodes")), Strings(report.GetProperty("narrow").GetProperty("nodes")));
        Assert.False(report.GetProperty("nullText").GetBoolean(), "the page shows a literal null or undefined");
        AssertNoErrors(report, "consoleErrors");
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString()!).ToList();

    private static List<string> Ids(JsonElement array) => array.EnumerateArray().Select(item => item.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();

    private async Task<JsonDocument> DrawingAsync(JsonElement ids)
    {
        using var response = await browser.Http.PostAsJsonAsync("/explore/drawing", new { ids = Strings(ids) }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Console_shows_rows_and_graph_and_refuses_a_write()
    {
        var report = await RunAsync("console");

        var expected = await CountAsync("MATCH (p:Person)-[h:HOLDS]->(t:Thesis) RETURN count(h) AS rows, count(DISTINCT p) + count(DISTINCT t) AS nodes");
        var read = report.GetProperty("read");
        Assert.Equal(["p", "h", "t"], read.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(expected[0], read.GetProperty("rows").GetInt32());
        Assert.Contains("Person", read.GetProperty("firstRow").GetString());
        Assert.StartsWith("/?id=person%3A", read.GetProperty("firstLink").GetString());
        Assert.False(read.GetProperty("errorShown").GetBoolean());
        Assert.Equal(expected[1], read.GetProperty("graph").GetProperty("nodes").GetInt32());
        Assert.Equal(expected[0], read.GetProperty("graph").GetProperty("edges").GetInt32());

        var write = report.GetProperty("write");
        Assert.Contains("read-only", write.GetProperty("error").GetString());
        Assert.True(write.GetProperty("readOnlyStyle").GetBoolean());
        var written = await CountAsync("OPTIONAL MATCH (p:Person {id: 'person:browser-test'}) RETURN count(p) AS written");
        Assert.Equal(0, written[0]);
        Assert.Matches(@"line 3, column \d+", report.GetProperty("syntax").GetProperty("error").GetString());

        var library = report.GetProperty("library");
        Assert.Equal("taste is the bottleneck", library.GetProperty("parameters").GetProperty("thesis").GetString());
        Assert.False(library.GetProperty("errorShown").GetBoolean());
        Assert.Contains(library.GetProperty("rows").EnumerateArray(), row => row.GetString()!.Contains("every agent needs a human who cares about it", StringComparison.Ordinal));
    }

    private async Task<JsonElement> RunAsync(string scenario)
    {
        if (browser.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
        var report = await browser.RunScenarioAsync(scenario);
        AssertNoErrors(report, "pageErrors");
        AssertNoErrors(report, "failedRequests");
        Assert.NotEmpty(report.GetProperty("screenshots").EnumerateArray());
        Assert.All(report.GetProperty("screenshots").EnumerateArray(), shot => Assert.True(File.Exists(shot.GetString()), $"missing {shot}"));
        return report;
    }

    [Fact]
    public async Task The_pages_fit_a_390_pixel_screen_without_errors_or_warnings()
    {
        var report = await RunAsync("narrow");

        foreach (var (name, page) in report.GetProperty("pages").EnumerateObject().Select(p => (p.Name, p.Value)))
        {
            Assert.True(page.GetProperty("scrollWidth").GetInt32() <= page.GetProperty("width").GetInt32(),
                $"{name} is {page.GetProperty("scrollWidth")} px wide on a {page.GetProperty("width")} px screen");
            Assert.DoesNotMatch(@"\b(null|undefined)\b", page.GetProperty("text").GetString());
        }
        var drawing = report.GetProperty("pages").GetProperty("explorer").GetProperty("drawing");
        Assert.True(drawing.GetProperty("width").GetInt32() >= 300 && drawing.GetProperty("height").GetInt32() >= 250, $"the drawing is {drawing}");
        AssertNoErrors(report, "consoleErrors");
        AssertNoErrors(report, "pageErrors");
    }

    /// <summary>Nothing recorded under <paramref name="property"/>; for console errors, no console warnings either.</summary>
    private static void AssertNoErrors(JsonElement report, string property)
    {
        Assert.True(report.GetProperty(property).GetArrayLength() == 0, $"{property}: {report.GetProperty(property)}");
        if (property == "consoleErrors")
        {
            // A warning in the browser's console is a defect a user sees too.
            Assert.True(report.GetProperty("consoleWarnings").GetArrayLength() == 0, $"consoleWarnings: {report.GetProperty("consoleWarnings")}");
        }
    }

    private async Task<int[]> CountAsync(string query)
    {
        using var response = await browser.Http.PostAsJsonAsync("/cypher", new { query }, TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("rows")[0].EnumerateArray().Select(value => value.GetInt32()).ToArray();
    }
}
