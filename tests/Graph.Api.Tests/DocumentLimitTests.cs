using System.Text;
using Graph.Testing;

namespace Graph.Api.Tests;

/// <summary>
/// Documents that cost nothing to send but a core for seconds to parse and validate (repeated fields, doubling
/// fragments, sheer length) are refused before validation with the limit and the value found; (stopping the
/// service during a request: <see cref="ShutdownTests"/>). Default limits, over an empty store.
/// </summary>
public sealed class DocumentLimitTests() : ServiceTest(new GraphApiFactory(RepoPaths.NewTempDirectory("graph-api-document-limits")))
{
    [Fact(Timeout = 60_000)]
    public async Task A_field_repeated_past_the_token_limit_is_refused_before_validation()
    {
        // Short names, so that the document is within the length limit and only its tokens are too many.
        var query = "{ " + string.Join(" ", Enumerable.Repeat("a", 15_000)) + " }";

        var answer = await Client.PostAsync(query);

        AssertRefused(answer, "The document has 15002 tokens; the limit is 10000.");
    }

    [Fact(Timeout = 60_000)]
    public async Task Fields_over_the_selection_limit_are_refused()
    {
        var query = "{ " + string.Join(" ", Enumerable.Repeat("__typename", 1_500)) + " }";

        var answer = await Client.PostAsync(query);

        AssertRefused(answer, "The document selects 1500 fields once its fragments are expanded; the limit is 1000.");
    }

    [Fact(Timeout = 60_000)]
    public async Task Doubling_fragments_are_counted_as_expanded_and_refused()
    {
        var document = new StringBuilder("query { ...F40 }\nfragment F1 on Query { __typename }\n");
        for (var level = 2; level <= 40; level++)
        {
            document.Append($"fragment F{level} on Query {{ ...F{level - 1} ...F{level - 1} }}\n");
        }

        var answer = await Client.PostAsync(document.ToString());

        AssertRefused(answer, "The document selects 549755813888 fields once its fragments are expanded; the limit is 1000.");
    }

    [Fact]
    public async Task A_document_over_the_length_limit_is_refused_unread()
    {
        var query = "# " + new string('x', 40_000) + "\n{ __typename }";

        var answer = await Client.PostAsync(query);

        AssertRefused(answer, $"The document is {query.Length} characters long; the limit is 32000.");
    }

    [Fact]
    public async Task A_body_over_the_byte_limit_is_refused_before_its_JSON_is_read()
    {
        var query = "# " + new string('x', 70_000) + "\n{ __typename }";

        var answer = await Client.PostAsync(query);

        Assert.Equal(413, answer.Status);
        Assert.Matches(@"^The request body is \d+ bytes; the limit is 65536\.$", answer.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_document_within_the_limits_still_runs_with_its_fragments()
    {
        const string query = "query { ...Twice } fragment Once on Query { __typename } fragment Twice on Query { ...Once a: __typename }";

        var data = (await Client.PostAsync(query)).AssertData();

        Assert.Equal("Query", data.GetProperty("a").GetString());
    }

    private static void AssertRefused(GraphQLAnswer answer, string message)
    {
        Assert.Equal(400, answer.Status);
        Assert.Equal(message, answer.FirstError.GetProperty("message").GetString());
        Assert.Equal("DOCUMENT_TOO_LARGE", answer.FirstError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(answer.Body.TryGetProperty("data", out _));
    }
}
