namespace Graph.Api.Tests;

/// <summary>The question the service exists to answer, over HTTP against the imported sample wiki.</summary>
public sealed class HeadlineQueryTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    private const string Headline = """
        { pairsWith(thesis: "taste is the bottleneck") { thesis { name } heldBy { name } evidence page line } }
        """;

    [Fact]
    public async Task Pairs_taste_is_the_bottleneck_with_Dan_Shippers_thesis_and_says_why()
    {
        var data = (await graph.Client.PostAsync(Headline)).AssertData();

        var pairing = data.GetProperty("pairsWith").EnumerateArray()
            .Single(p => p.GetProperty("thesis").GetProperty("name").GetString() == "every agent needs a human who cares about it");
        var holders = pairing.GetProperty("heldBy").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("Dan Shipper", holders);
        var evidence = pairing.GetProperty("evidence").GetString();
        Assert.False(string.IsNullOrWhiteSpace(evidence));
        Assert.Contains("every agent needs a human who cares about it", evidence, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith(".md", pairing.GetProperty("page").GetString());
        Assert.True(pairing.GetProperty("line").GetInt32() > 0);
    }

    [Fact]
    public async Task A_pairing_stated_on_two_pages_is_one_answer_with_both_sentences()
    {
        var data = (await graph.Client.PostAsync("""
            { pairsWith(thesis: "taste is the bottleneck") { thesis { name } evidence page allEvidence { sentence page line section rule } } }
            """)).AssertData();

        var pairings = data.GetProperty("pairsWith").EnumerateArray().ToList();
        Assert.Equal(pairings.Count, pairings.Select(p => p.GetProperty("thesis").GetProperty("name").GetString()).Distinct().Count());
        var expertise = pairings.Single(p => p.GetProperty("thesis").GetProperty("name").GetString() == "expertise gains value as code gets cheap");
        var evidence = expertise.GetProperty("allEvidence").EnumerateArray().ToList();
        Assert.Equal(2, evidence.Select(e => e.GetProperty("page").GetString()).Distinct().Count());
        Assert.All(evidence, e => Assert.True(e.GetProperty("line").GetInt32() > 0 && e.GetProperty("sentence").GetString()!.Contains("taste is the bottleneck", StringComparison.Ordinal)));
        // The flat fields are the first statement, in page order.
        Assert.Equal(evidence[0].GetProperty("sentence").GetString(), expertise.GetProperty("evidence").GetString());
        Assert.Equal(evidence.Select(e => e.GetProperty("page").GetString()).Order(StringComparer.Ordinal), evidence.Select(e => e.GetProperty("page").GetString()));
    }

    [Theory]
    [InlineData("taste is the scarce skill")]
    [InlineData("TASTE IS THE BOTTLENECK")]
    [InlineData("  Taste is the bottleneck.  ")]
    public async Task Finds_the_thesis_by_alias_case_or_spelling(string asked)
    {
        var data = (await graph.Client.PostAsync(
            "query($t: String!) { pairsWith(thesis: $t) { thesis { name } } }", new { t = asked })).AssertData();

        var names = data.GetProperty("pairsWith").EnumerateArray().Select(p => p.GetProperty("thesis").GetProperty("name").GetString());
        Assert.Contains("every agent needs a human who cares about it", names);
    }

    [Fact]
    public async Task Is_symmetric_from_the_other_thesis()
    {
        var data = (await graph.Client.PostAsync(
            """{ pairsWith(thesis: "every agent needs a human who cares about it") { thesis { name } } }""")).AssertData();

        var names = data.GetProperty("pairsWith").EnumerateArray().Select(p => p.GetProperty("thesis").GetProperty("name").GetString());
        Assert.Contains("taste is the bottleneck", names);
    }

    [Fact]
    public async Task Answers_an_empty_list_for_an_unknown_thesis()
    {
        var data = (await graph.Client.PostAsync("""{ pairsWith(thesis: "no such thesis anywhere") { thesis { name } } }""")).AssertData();

        Assert.Equal(0, data.GetProperty("pairsWith").GetArrayLength());
    }
}
