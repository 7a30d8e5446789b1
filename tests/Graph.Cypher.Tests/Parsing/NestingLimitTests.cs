using Graph.Core.Cypher;
using Graph.Cypher.Parsing;

namespace Graph.Cypher.Tests.Parsing;

/// <summary>
/// Deeply nested statements used to overflow the stack (500 brackets on a 1 MB thread), which no catch can stop:
/// the process died. Now the parser refuses them with a syntax error at the level that is too deep, and everything
/// within the limits still parses and runs on a 1 MB stack.
/// </summary>
public sealed class NestingLimitTests
{
    private const int StackBytes = 1024 * 1024;

    public static TheoryData<string> Kinds => ["brackets", "list", "map", "not", "minus", "sum", "and", "comparison", "property", "index", "case", "comprehension", "exists", "collect"];

    private static string Nested(string kind, int depth) => kind switch
    {
        "brackets" => "RETURN " + new string('(', depth) + "1" + new string(')', depth),
        "list" => "RETURN " + new string('[', depth) + "1" + new string(']', depth),
        "map" => "RETURN " + Repeat("{a: ", depth) + "1" + new string('}', depth),
        "not" => "RETURN " + Repeat("NOT ", depth) + "true",
        "minus" => "RETURN " + Repeat("- ", depth) + "1.5",
        "sum" => "RETURN 1" + Repeat(" + 1", depth),
        "and" => "RETURN true" + Repeat(" AND true", depth),
        "comparison" => "RETURN 1" + Repeat(" < 2", depth),
        "property" => "WITH {a: 1} AS m RETURN m" + Repeat(".a", depth),
        "index" => "RETURN [1]" + Repeat("[0]", depth),
        "case" => "RETURN " + Repeat("CASE WHEN true THEN ", depth) + "1" + Repeat(" END", depth),
        "comprehension" => "RETURN " + Repeat("[x IN ", depth) + "[1]" + Repeat(" | x]", depth),
        "exists" => "MATCH (n) WHERE " + Repeat("EXISTS { MATCH (n) WHERE ", depth) + "true" + new string('}', depth) + " RETURN n",
        "collect" => "RETURN " + Repeat("COLLECT { RETURN ", depth) + "1" + Repeat(" }", depth),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Operator chains have a budget of their own: a generated filter may have hundreds of terms.</summary>
    private static bool InARow(string kind) => kind is "sum" or "and" or "comparison" or "property" or "index";

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Nesting_past_the_limit_is_a_syntax_error_with_a_position(string kind)
    {
        var query = Nested(kind, 10_000);

        var error = OnSmallStack(() => Assert.Throws<CypherException>(() => Parser.Parse(query)));

        Assert.Equal(CypherErrorCodes.SyntaxError, error.Code);
        Assert.Contains($"more than {Parser.MaxNesting} levels", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{Parser.MaxOperatorsInARow} operators in a row", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
        Assert.InRange(error.Offset!.Value, 0, query.Length);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Nesting_within_the_limit_parses_plans_and_runs_on_a_small_stack(string kind)
    {
        var query = Nested(kind, InARow(kind) ? Parser.MaxOperatorsInARow - 10 : Parser.MaxNesting - 10);
        await using var session = EmbeddedCypherSession.Open(null);

        var outcome = OnSmallStack(() =>
        {
            try
            {
                return session.RunAsync(query, null, CypherAccessMode.Read).GetAwaiter().GetResult().Rows.Count.ToString();
            }
            catch (CypherException e) when (e.Code != CypherErrorCodes.SyntaxError)
            {
                return e.Code; // a type error at run time (an index into a number) is fine: it got that far
            }
        });

        Assert.NotNull(outcome);
    }

    [Fact]
    public void Too_many_clauses_or_a_too_long_path_is_a_syntax_error()
    {
        var clauses = "WITH 1 AS x " + Repeat("WITH x AS x ", Parser.MaxClauses) + "RETURN x";
        var path = "MATCH (a)" + Repeat("-->()", Parser.MaxPathLength + 1) + " RETURN a";

        var tooManyClauses = OnSmallStack(() => Assert.Throws<CypherException>(() => Parser.Parse(clauses)));
        var tooLong = OnSmallStack(() => Assert.Throws<CypherException>(() => Parser.Parse(path)));

        Assert.Contains($"more than {Parser.MaxClauses} clauses", tooManyClauses.Message, StringComparison.Ordinal);
        Assert.Contains($"at most {Parser.MaxPathLength} relationships", tooLong.Message, StringComparison.Ordinal);
        Parser.Parse("WITH 1 AS x " + Repeat("WITH x AS x ", Parser.MaxClauses - 2) + "RETURN x");
    }

    /// <summary>Runs on a thread with a 1 MB stack (less than the thread pool's), so an overflow would show here first.</summary>
    private static T OnSmallStack<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, StackBytes);
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("failed on the small stack", failure);
    }
}
