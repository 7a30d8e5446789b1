using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>
/// Errors a client can act on, pinned word for word: an unknown field and an operation this read-only schema has no
/// root type for name themselves and their line and column; every limit states the limit and the value asked.
/// Default limits over the sample wiki (the time limit is pinned in <see cref="LimitTests"/>).
/// </summary>
public sealed class ActionableErrorTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    [Fact]
    public async Task An_unknown_field_names_itself_its_type_a_near_name_and_its_position()
    {
        var answer = await graph.Client.PostAsync("{\n  tools {\n    nodez { id }\n  }\n}");

        AssertRefused(answer, "Cannot query field 'nodez' on type 'ToolConnection'. Did you mean 'nodes'?", "FIELDS_ON_CORRECT_TYPE", (3, 5));
    }

    [Fact]
    public async Task A_mutation_names_itself_and_its_position_and_says_the_schema_is_read_only()
    {
        var named = await graph.Client.PostAsync("mutation AddTool {\n  addTool(name: \"x\") { id }\n}");
        var anonymous = await graph.Client.PostAsync("\n mutation { addTool(name: \"x\") { id } }");

        AssertRefused(named, "The mutation 'AddTool' cannot run: this API is read-only and has no mutation type. Send a query.", "KNOWN_OPERATION_TYPES", (1, 1));
        AssertRefused(anonymous, "This mutation cannot run: this API is read-only and has no mutation type. Send a query.", "KNOWN_OPERATION_TYPES", (2, 2));
    }

    [Fact]
    public async Task A_subscription_beside_the_query_that_was_chosen_is_refused_at_its_own_position()
    {
        var answer = await graph.Client.PostRawAsync(JsonSerializer.Serialize(new { query = "query Q { __typename }\n  subscription Ticks { ticks }", operationName = "Q" }));

        AssertRefused(answer, "The subscription 'Ticks' cannot run: this API is read-only and has no subscription type. Send a query.", "KNOWN_OPERATION_TYPES", (2, 3));
    }

    [Fact]
    public async Task Depth_states_the_operations_depth_and_the_maximum()
    {
        // person, then holds and heldBy in turn, then id: 13 levels.
        var nested = string.Concat(Enumerable.Range(0, 11).Select(i => i % 2 == 0 ? "holds { " : "heldBy { ")) + "id" + new string('}', 11).Replace("}", " }", StringComparison.Ordinal);
        var answer = await graph.Client.PostAsync($"query Deep {{ person(name: \"Dan Shipper\") {{ {nested} }} }}");

        AssertRefused(answer, "Operation 'Deep' selects fields 13 levels deep; the maximum depth is 12 (introspection fields do not count).", "VALIDATION_ERROR", (1, 1));
    }

    [Fact]
    public async Task Complexity_states_the_estimate_and_the_maximum_and_top_lists_cost_their_first()
    {
        // Each costs 800: its 100 entries (first), their tools (100) and mentionedIn lists (100), whose ids count 5 a list (500).
        var aliases = Enumerable.Range(0, 126).Select(i => $"t{i}: topTools(first: 100) {{ tool {{ mentionedIn {{ id }} }} }}");
        var answer = await graph.Client.PostAsync("{ " + string.Join(" ", aliases) + " }");

        Assert.Equal(400, answer.Status);
        Assert.Equal("Query is too complex to execute. Complexity is 100800; maximum allowed on this endpoint is 100000.", answer.FirstError.GetProperty("message").GetString());
        Assert.Equal("COMPLEXITY", answer.FirstError.GetProperty("extensions").GetProperty("code").GetString());
        // 125 of them cost exactly the maximum, which is allowed.
        (await graph.Client.PostAsync("{ " + string.Join(" ", aliases.Take(125)) + " }")).AssertData();
    }

    [Theory]
    [InlineData("tools(first: 101) { totalCount }", "'first' must be between 0 and 100 (the configured limit), not 101.")]
    [InlineData("topTheses(first: 500) { count }", "'first' must be between 0 and 100 (the configured limit), not 500.")]
    [InlineData("neighborhood(id: \"tool:codex\", depth: 4) { nodes { id } }", "'depth' must be between 0 and 3 (the configured limit), not 4.")]
    [InlineData("related(source: \"The AI Paradox\", depth: 9) { distance }", "'depth' must be between 1 and 3 (the configured limit), not 9.")]
    [InlineData("path(from: \"tool:codex\", to: \"Dan Shipper\", maxHops: 7) { nodes { id } }", "'maxHops' must be between 1 and 6 (the configured limit), not 7.")]
    [InlineData("neighborhood(id: \"tool:codex\", limit: 501) { nodes { id } }", "'limit' must be between 1 and 500 (the configured limit), not 501.")]
    [InlineData("search(text: \"a\", first: 501) { id }", "'first' must be between 0 and 500 (the configured limit), not 501.")]
    public async Task Each_resolver_limit_states_the_limit_and_the_value_asked_at_the_fields_position(string field, string message)
    {
        var answer = await graph.Client.PostAsync($"{{\n  {field}\n}}");

        Assert.Equal(200, answer.Status);
        var error = answer.FirstError;
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal((2, 3), Location(error));
        Assert.Equal(field[..field.IndexOf('(', StringComparison.Ordinal)], error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Too_many_ids_states_the_limit_and_how_many_were_asked()
    {
        var ids = string.Join(", ", Enumerable.Range(0, 501).Select(i => $"\"tool:t{i}\""));

        var answer = await graph.Client.PostAsync($"{{ nodes(ids: [{ids}]) {{ id }} }}");

        Assert.Equal("'ids' may name at most 500 nodes (the configured limit), not 501.", answer.FirstError.GetProperty("message").GetString());
        Assert.Equal("LIMIT_EXCEEDED", answer.FirstError.GetProperty("extensions").GetProperty("code").GetString());
    }

    private static void AssertRefused(GraphQLAnswer answer, string message, string code, (int Line, int Column) at)
    {
        Assert.Equal(400, answer.Status);
        var error = Assert.Single(answer.Body.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(at, Location(error));
        Assert.False(answer.Body.TryGetProperty("data", out _));
    }

    private static (int Line, int Column) Location(JsonElement error)
    {
        var location = Assert.Single(error.GetProperty("locations").EnumerateArray());
        return (location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32());
    }
}
