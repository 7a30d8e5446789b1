using Graph.Testing;

namespace Graph.Api.Tests;

/// <summary>A request that passes the cost estimate but reads more rows from the graph than its budget gets an error saying so.</summary>
public sealed class RowBudgetTests() : ServiceTest(new GraphApiFactory(RepoPaths.NewTempDirectory("graph-api-row-budget"),
        RepoPaths.SampleWiki,
        settings: new Dictionary<string, string> { ["Graph:Limits:MaxRowsPerRequest"] = "5" }))
{
    [Fact]
    public async Task Reading_more_rows_than_the_budget_is_an_error_stating_both()
    {
        var answer = await Client.PostAsync("""{ search(text: "e", first: 20) { id } }""");

        Assert.True(answer.HasErrors, answer.ToString());
        var error = answer.FirstError;
        Assert.Matches(@"^The request read \d+ rows from the graph; the limit is 5 a request\.$", error.GetProperty("message").GetString());
        Assert.Equal("ROW_BUDGET_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_request_within_the_budget_answers_and_the_next_request_has_its_own_budget()
    {
        (await Client.PostAsync("""{ search(text: "e", first: 3) { id } }""")).AssertData();
        (await Client.PostAsync("""{ search(text: "e", first: 4) { id } }""")).AssertData();
    }
}
