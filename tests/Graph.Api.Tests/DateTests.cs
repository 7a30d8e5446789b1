using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>
/// Source.date as a Date (YYYY-MM-DD), its DateFilter and orderBy: DATE, over the sample wiki, where two sources are
/// dated (2026-02-12 from front matter, 2026-06-08 from a date line under a title) and the others are not.
/// </summary>
public sealed class DateTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    private const string Early = "Codex and the New Shape of Product Work";
    private const string Late = "Reflecting on a Year of Claude Code";

    [Fact]
    public async Task A_dated_source_says_its_day_and_an_undated_one_null()
    {
        var data = (await graph.Client.PostAsync("{ sources(first: 100) { totalCount nodes { title date dateText } } }")).AssertData();

        var dates = data.GetProperty("sources").GetProperty("nodes").EnumerateArray()
            .ToDictionary(node => node.GetProperty("title").GetString()!, node => node.GetProperty("date").GetString());
        Assert.Equal("2026-02-12", dates[Early]);
        Assert.Equal("2026-06-08", dates[Late]);
        Assert.Equal(2, dates.Values.Count(date => date is not null));
        Assert.True(dates.Count > 2, $"the sample wiki has undated sources too: {data}");
        Assert.All(data.GetProperty("sources").GetProperty("nodes").EnumerateArray(), node => Assert.Equal(JsonValueKind.Null, node.GetProperty("dateText").ValueKind));
    }

    [Theory]
    [InlineData("""{ gte: "2026-01-01" }""", new[] { Early, Late })]
    [InlineData("""{ gt: "2026-02-12" }""", new[] { Late })]
    [InlineData("""{ gte: "2026-02-12", lt: "2026-06-08" }""", new[] { Early })]
    [InlineData("""{ lte: "2026-06-08", gt: "2026-06-08" }""", new string[0])]
    [InlineData("""{ eq: "2026-06-08" }""", new[] { Late })]
    [InlineData("""{ in: ["2026-06-08", "2026-02-12", "1999-01-01"] }""", new[] { Early, Late })]
    [InlineData("""{ in: [] }""", new string[0])]
    [InlineData("""{ lt: "9999-12-31" }""", new[] { Early, Late })]
    public async Task Date_filters_compare_days_and_leave_out_sources_without_a_date(string filter, string[] titles)
    {
        var data = (await graph.Client.PostAsync($"{{ sources(first: 100, where: {{ date: {filter} }}) {{ totalCount nodes {{ title }} }} }}")).AssertData();

        Assert.Equal(titles.Order(StringComparer.Ordinal), Titles(data.GetProperty("sources")).Order(StringComparer.Ordinal));
        Assert.Equal(titles.Length, data.GetProperty("sources").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_date_filter_works_across_a_relationship_and_from_a_variable()
    {
        var across = (await graph.Client.PostAsync("""{ tools(first: 100, where: { mentionedIn: { date: { gte: "2026-06-01" } } }) { nodes { mentionedIn { date } } } }""")).AssertData();
        var fromVariable = (await graph.Client.PostAsync("query ($day: Date!) { sources(where: { date: { eq: $day } }) { nodes { title } } }", new { day = "2026-02-12" })).AssertData();

        var tools = across.GetProperty("tools").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(tools);
        Assert.All(tools, tool => Assert.Contains(tool.GetProperty("mentionedIn").EnumerateArray(), source => source.GetProperty("date").GetString() == "2026-06-08"));
        Assert.Equal([Early], Titles(fromVariable.GetProperty("sources")));
    }

    [Fact]
    public async Task Ordering_by_date_sorts_days_and_puts_sources_without_one_last_ascending_and_first_descending()
    {
        var ascending = (await graph.Client.PostAsync("{ sources(first: 100, orderBy: [{ field: DATE }]) { nodes { title date } } }")).AssertData();
        var descending = (await graph.Client.PostAsync("{ sources(first: 100, orderBy: [{ field: DATE, direction: DESC }]) { nodes { title date } } }")).AssertData();

        var up = Dates(ascending.GetProperty("sources"));
        var down = Dates(descending.GetProperty("sources"));
        Assert.Equal(["2026-02-12", "2026-06-08"], up.Take(2));
        Assert.All(up.Skip(2), date => Assert.Null(date));
        Assert.Equal(["2026-06-08", "2026-02-12"], down.TakeLast(2));
        Assert.All(down.SkipLast(2), date => Assert.Null(date));
    }

    [Theory]
    [InlineData("\"05/03/2025\"", "\"05/03/2025\" is not a Date: write it YYYY-MM-DD, e.g. \"2025-03-05\".")]
    [InlineData("\"2025-3-5\"", "\"2025-3-5\" is not a Date: write it YYYY-MM-DD, e.g. \"2025-03-05\".")]
    [InlineData("\"2025-03-05T10:00:00Z\"", "\"2025-03-05T10:00:00Z\" is not a Date: write it YYYY-MM-DD, e.g. \"2025-03-05\".")]
    [InlineData("\"2025-02-30\"", "\"2025-02-30\" is not a Date: there is no such day in the calendar.")]
    [InlineData("20250305", "a Date is a string written YYYY-MM-DD, e.g. \"2025-03-05\"")]
    public async Task A_date_literal_that_is_not_YYYY_MM_DD_or_no_calendar_day_is_an_error_that_says_so_at_its_position(string literal, string message)
    {
        var answer = await graph.Client.PostAsync($"{{ sources(where: {{ date: {{ gte: {literal} }} }}) {{ totalCount }} }}");

        Assert.Equal(400, answer.Status);
        Assert.StartsWith("Invalid literal for argument 'where' of field 'sources'.", answer.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(message, answer.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        var location = answer.FirstError.GetProperty("locations")[0];
        Assert.Equal((1, 33), (location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32()));
    }

    [Theory]
    [InlineData("\"2025-02-30\"", "Variable '$day' is invalid. Unable to convert '2025-02-30' to 'Date': there is no such day in the calendar.")]
    [InlineData("\"March 5, 2025\"", "Variable '$day' is invalid. Unable to convert 'March 5, 2025' to 'Date': write it YYYY-MM-DD, e.g. \"2025-03-05\".")]
    [InlineData("20250305", "Variable '$day' is invalid. Unable to convert '20250305' to 'Date': a Date is a string written YYYY-MM-DD, e.g. \"2025-03-05\".")]
    public async Task A_bad_date_in_a_variable_is_an_error_that_says_what_to_send(string json, string message)
    {
        var answer = await graph.Client.PostAsync("query ($day: Date!) { sources(where: { date: { eq: $day } }) { totalCount } }",
            JsonDocument.Parse($$"""{"day": {{json}}}""").RootElement);

        Assert.Equal(message, answer.FirstError.GetProperty("message").GetString());
        Assert.Equal("INVALID_VALUE", answer.FirstError.GetProperty("extensions").GetProperty("code").GetString());
    }

    private static List<string> Titles(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("title").GetString()!).ToList();

    private static List<string?> Dates(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("date").GetString()).ToList();
}
