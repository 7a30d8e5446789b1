using Graph.Core.Cypher;
using Graph.Cypher.Parsing;
using Graph.Testing;

namespace Graph.Cypher.Tests.Fuzzing;

/// <summary>
/// Any text given to the engine's front end (lexer, parser, semantic analysis, planner) either prepares or fails with a
/// client <see cref="CypherException"/> that points inside the text; a read that prepares runs against a small graph
/// to a result or a <see cref="CypherException"/>. Never another exception, never a hang.
/// </summary>
[Trait(FuzzRuns.Category, FuzzRuns.Fuzz)]
public sealed class CypherFuzzTests
{
    private static readonly TimeSpan ParseTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RunBudget = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(20);

    private static readonly string[] ClientCodes =
    [
        CypherErrorCodes.SyntaxError, CypherErrorCodes.SemanticError, CypherErrorCodes.Unsupported,
        CypherErrorCodes.TypeError, CypherErrorCodes.ArgumentError, CypherErrorCodes.ParameterMissing,
        CypherErrorCodes.ProcedureNotFound,
    ];

    private static readonly Lazy<EmbeddedCypherSession> SmallGraph = new(OpenSmallGraph);

    [Fact]
    public void Any_text_parses_or_fails_with_a_syntax_error_inside_it() =>
        FuzzRuns.Sample(CypherGen.Statements(CypherSeeds.All), ParsesOrFailsInside, ciIterations: 20_000, threads: 2);

    [Fact]
    public void Any_text_prepares_or_fails_with_a_client_error_inside_it() =>
        FuzzRuns.Sample(CypherGen.Statements(CypherSeeds.All), PreparesOrFailsInside, ciIterations: 10_000, threads: 2);

    [Fact]
    public void A_read_that_prepares_runs_to_a_result_or_a_cypher_error() =>
        FuzzRuns.Sample(CypherGen.Statements(CypherSeeds.All), RunsOrFails, ciIterations: 3_000, threads: 2);

    internal static void ParsesOrFailsInside(string query)
    {
        var error = Within(ParseTimeout, query, () =>
        {
            try
            {
                Parser.Parse(query);
                return null;
            }
            catch (CypherException e)
            {
                return e;
            }
        });
        if (error is not null)
        {
            Assert.True(error.Code is CypherErrorCodes.SyntaxError or CypherErrorCodes.Unsupported, $"{error.Code}: {error.Message}");
            AssertInside(query, error, required: true);
        }
    }

    internal static void PreparesOrFailsInside(string query)
    {
        var error = Within(ParseTimeout, query, () => CypherSyntax.TryParse(query, out var e) ? null : e);
        if (error is not null)
        {
            Assert.Contains(error.Code, ClientCodes);
            AssertInside(query, error, required: error.Code == CypherErrorCodes.SyntaxError);
        }
    }

    internal static void RunsOrFails(string query)
    {
        if (!CypherSyntax.TryParse(query, out _) || CypherSyntax.IsWrite(query))
        {
            return;
        }
        var parameters = new Dictionary<string, object?> { ["p"] = 1L, ["name"] = "Ann", ["0"] = "zero", ["odd"] = null, ["thesis"] = "taste is the bottleneck" };
        Within(RunTimeout, query, () =>
        {
            using var budget = new CancellationTokenSource(RunBudget);
            try
            {
                SmallGraph.Value.RunAsync(query, parameters, CypherAccessMode.Read, budget.Token).GetAwaiter().GetResult();
            }
            catch (CypherException e)
            {
                Assert.True(e.IsClientError, $"{e.Code}: {e.Message}");
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested)
            {
                // Ran past its budget and stopped when asked: a long query, not a hang.
            }
            return (CypherException?)null;
        });
    }

    /// <summary>A position, when given (or <paramref name="required"/>), lies inside the text: the end of input counts.</summary>
    private static void AssertInside(string query, CypherException error, bool required)
    {
        if (error.Line is null)
        {
            Assert.False(required, $"no position: {error.Message}");
            return;
        }
        var lines = query.Split('\n');
        Assert.InRange(error.Line.Value, 1, lines.Length);
        Assert.InRange(error.Column!.Value, 1, lines[error.Line.Value - 1].Length + 1);
        if (error.Offset is { } offset)
        {
            Assert.InRange(offset, 0, query.Length);
        }
    }

    /// <summary>Runs <paramref name="work"/> and fails, naming the input, when it takes longer than <paramref name="timeout"/>.</summary>
    private static CypherException? Within(TimeSpan timeout, string query, Func<CypherException?> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(timeout), $"no answer within {timeout.TotalSeconds} s: {query}");
        return task.Result;
    }

    private static EmbeddedCypherSession OpenSmallGraph()
    {
        var session = EmbeddedCypherSession.Open(null);
        session.RunAsync("""
            CREATE (ann:Person {name: 'Ann', age: 31, aliases: ['A.']}), (bob:Person {name: 'Bob', age: 20}),
                   (t:Thesis {name: 'taste is the bottleneck'}), (u:Thesis {name: 'agents need humans'}), (c:Tool {name: 'Codex'}),
                   (ann)-[:KNOWS {since: 2020}]->(bob), (bob)-[:KNOWS]->(ann), (ann)-[:HOLDS {page: 'a.md', line: 3}]->(t),
                   (t)-[:PAIRS_WITH {evidence: 'both'}]->(u), (bob)-[:BUILDS]->(c), (ann)-[:LOOP]->(ann)
            """).GetAwaiter().GetResult();
        return session;
    }
}
