using Graph.Core.Cypher;
using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>A Source whose date an analyst overwrote with text: its field's error names the value; filters pass over it.</summary>
public sealed class DateWrittenByHandTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_date_that_is_text_is_a_field_error_naming_it_and_no_date_filter_passes_it()
    {
        var factory = GraphApiFactory.WithSampleWiki();
        try
        {
            await AnswersAsync(factory);
        }
        finally
        {
            await factory.DisposeAsync();
            RepoPaths.DeleteDataDirectory(factory.DataDirectory);
        }
    }

    private static async Task AnswersAsync(GraphApiFactory factory)
    {
        using var client = factory.CreateClient();
        (await client.PostAsync("{ __typename }")).AssertData();
        await factory.Services.GetRequiredService<ICypherSession>().RunAsync(
            "MATCH (s:Source {title: 'Reflecting on a Year of Claude Code'}) SET s.date = 'soon'", null, CypherAccessMode.Write, Token);

        var listed = await client.PostAsync("{ sources(first: 100) { nodes { title date } } }");
        var filtered = (await client.PostAsync("""{ sources(where: { date: { gte: "0001-01-01" } }) { nodes { title date } } }""")).AssertData();

        var error = listed.FirstError;
        Assert.Equal("The stored value \"soon\" is not a Date from year 1 to 9999, so it cannot be written as YYYY-MM-DD.", error.GetProperty("message").GetString());
        Assert.Equal("date", error.GetProperty("path").EnumerateArray().Last().GetString());
        Assert.StartsWith("resolvers (", listed.Response.Headers.GetValues("X-Graph-Execution").Single(), StringComparison.Ordinal);
        Assert.Contains(listed.Data.GetProperty("sources").GetProperty("nodes").EnumerateArray(), node => node.GetProperty("date").GetString() == "2026-02-12");
        Assert.Equal("""[{"title":"Codex and the New Shape of Product Work","date":"2026-02-12"}]""", filtered.GetProperty("sources").GetProperty("nodes").GetRawText());
    }
}
