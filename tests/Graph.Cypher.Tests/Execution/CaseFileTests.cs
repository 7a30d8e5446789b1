using Graph.Core.Cypher;
using Graph.Testing;

namespace Graph.Cypher.Tests.Execution;

/// <summary>
/// Runs every case of Cases/*.cases end to end through a fresh in-memory EmbeddedCypherSession.
/// Rows compare in order when the query has ORDER BY, else as a multiset.
/// </summary>
public sealed class CaseFileTests
{
    private static readonly string CasesDirectory = Path.Combine(RepoPaths.Root, "tests", "Graph.Cypher.Tests", "Cases");

    private static readonly Dictionary<string, CypherCase> AllCases = Directory
        .EnumerateFiles(CasesDirectory, "*.cases")
        .Order(StringComparer.Ordinal)
        .SelectMany(CypherCase.Load)
        .ToDictionary(c => c.Id, StringComparer.Ordinal);

    public static TheoryData<string> Cases() => new(AllCases.Keys);

    [Fact]
    public void Case_files_hold_cases()
    {
        Assert.True(AllCases.Count > 50, $"only {AllCases.Count} cases found in {CasesDirectory}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case(string id)
    {
        var testCase = AllCases[id];
        await using var session = EmbeddedCypherSession.Open(null);
        foreach (var statement in testCase.Setup)
        {
            await session.RunAsync(statement);
        }
        var expected = testCase.Expected;
        if (expected.Count > 0 && expected[0].StartsWith("error:", StringComparison.Ordinal))
        {
            var error = await Assert.ThrowsAsync<CypherException>(() => session.RunAsync(testCase.Query));
            var wanted = expected[0]["error:".Length..].Trim();
            var (code, message) = SplitError(wanted);
            Assert.True(error.Code.EndsWith(code, StringComparison.Ordinal), $"{testCase}: expected code {code}, got {error.Code}: {error.Message}");
            if (message.Length > 0)
            {
                Assert.Contains(message, error.Message, StringComparison.Ordinal);
            }
            return;
        }
        var result = await session.RunAsync(testCase.Query);
        var actual = Render(result);
        var ordered = testCase.Query.Contains("ORDER BY", StringComparison.OrdinalIgnoreCase);
        var want = expected.ToList();
        if (!ordered && want.Count > 1)
        {
            want = [want[0], .. want.Skip(1).Order(StringComparer.Ordinal)];
            actual = [actual[0], .. actual.Skip(1).Order(StringComparer.Ordinal)];
        }
        Assert.True(want.SequenceEqual(actual),
            $"{testCase}\nquery: {testCase.Query}\nexpected:\n  {string.Join("\n  ", want)}\nactual:\n  {string.Join("\n  ", actual)}");
    }

    private static (string Code, string Message) SplitError(string wanted)
    {
        var colon = wanted.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (wanted, "") : (wanted[..colon].Trim(), wanted[(colon + 1)..].Trim());
    }

    /// <summary>Header "a | b", then one line per row with values as Cypher literals.</summary>
    public static List<string> Render(CypherResult result)
    {
        if (result.Columns.Count == 0)
        {
            return ["(empty)"];
        }
        var lines = new List<string> { string.Join(" | ", result.Columns) };
        lines.AddRange(result.Rows.Select(row => string.Join(" | ", row.Select(CypherValueText.Literal))));
        return lines;
    }
}
