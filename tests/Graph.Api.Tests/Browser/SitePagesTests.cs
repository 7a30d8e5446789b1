using System.Text.RegularExpressions;

namespace Graph.Api.Tests.Browser;

/// <summary>The explorer and console pages work offline: every script, style and icon they load is served by this server.</summary>
public sealed partial class SitePagesTests(EmptyGraphFixture graph) : IClassFixture<EmptyGraphFixture>
{
    [Theory]
    [InlineData("/", "Graph · Explorer", "/app/explorer.js")]
    [InlineData("/console", "Graph · Cypher console", "/app/console.js")]
    public async Task Pages_load_only_local_assets_and_every_one_is_served(string path, string title, string script)
    {
        using var response = await graph.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains($"<title>{title}</title>", html);
        var assets = AssetReference().Matches(html).Select(match => match.Groups["url"].Value).ToList();
        Assert.Contains(script, assets);
        Assert.Contains("/app/cytoscape.min.js", assets);
        Assert.DoesNotContain("//", string.Join(' ', assets));
        foreach (var asset in assets)
        {
            using var file = await graph.Client.GetAsync(asset, TestContext.Current.CancellationToken);
            Assert.True(file.IsSuccessStatusCode, $"{asset} answered {(int)file.StatusCode}");
            Assert.True((await file.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length > 0, $"{asset} is empty");
        }
    }

    [Fact]
    public async Task Cytoscape_is_the_npm_build()
    {
        var script = await graph.Client.GetStringAsync("/app/cytoscape.min.js", TestContext.Current.CancellationToken);

        Assert.Contains("cytoscape", script);
        Assert.True(script.Length > 100_000, "the minified Cytoscape.js bundle is a few hundred kilobytes");
    }

    [Fact]
    public async Task The_favicon_is_served_so_browsers_log_no_404()
    {
        using var response = await graph.Client.GetAsync("/favicon.ico", TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex(@"(?:src|href)=""(?<url>/app/[^""]+|[^""]*//[^""]+)""")]
    private static partial Regex AssetReference();
}
