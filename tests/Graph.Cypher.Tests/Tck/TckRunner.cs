using Graph.Core.Cypher;

namespace Graph.Cypher.Tests.Tck;

/// <summary>The outcome of one scenario: passed, or why not.</summary>
internal sealed record TckOutcome(bool Passed, string Reason);

/// <summary>Runs a TCK scenario's steps against a fresh in-memory EmbeddedCypherSession.</summary>
internal static class TckRunner
{
    public static async Task<TckOutcome> RunAsync(TckScenario scenario, string graphsRoot)
    {
        await using var session = EmbeddedCypherSession.Open(null, TckProcedures.Registry(scenario.Steps));
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        CypherResult? result = null;
        CypherException? error = null;
        GraphState? before = null;
        GraphState? after = null;
        try
        {
            foreach (var step in scenario.Steps)
            {
                var text = step.Text;
                if (text is "an empty graph" or "any graph" || TckProcedures.IsDeclaration(text))
                {
                    continue;
                }
                if (text.StartsWith("the ", StringComparison.Ordinal) && text.EndsWith(" graph", StringComparison.Ordinal))
                {
                    var name = text["the ".Length..^" graph".Length];
                    foreach (var statement in CypherScript.Split(await File.ReadAllTextAsync(Path.Combine(graphsRoot, name, name + ".cypher"))))
                    {
                        await session.RunAsync(statement);
                    }
                    continue;
                }
                switch (text)
                {
                    case "having executed:":
                        await session.RunAsync(step.DocString!);
                        break;
                    case "parameters are:":
                        foreach (var row in step.Table!)
                        {
                            parameters[row[0]] = TckValues.Parse(row[1]);
                        }
                        break;
                    case "executing query:" or "executing control query:":
                        before = GraphState.Of(session.Store.Current);
                        (result, error) = (null, null);
                        try
                        {
                            result = await session.RunAsync(step.DocString!, parameters);
                        }
                        catch (CypherException e)
                        {
                            error = e;
                        }
                        after = GraphState.Of(session.Store.Current);
                        break;
                    default:
                        var failure = Check(step, result, error, before, after);
                        if (failure is not null)
                        {
                            return new TckOutcome(false, failure);
                        }
                        break;
                }
            }
            return new TckOutcome(true, "");
        }
        catch (CypherException e)
        {
            return new TckOutcome(false, $"setup failed: {e.Code}: {e.Message}");
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or NotSupportedException)
        {
            return new TckOutcome(false, $"harness: {e.GetType().Name}: {e.Message}");
        }
    }

    private static string? Check(TckStep step, CypherResult? result, CypherException? error, GraphState? before, GraphState? after)
    {
        var text = step.Text;
        if (text.Contains("should be raised", StringComparison.Ordinal))
        {
            return CheckError(text, error);
        }
        if (error is not null)
        {
            return $"unexpected {error.Code}: {error.Message}";
        }
        if (text == "the result should be empty")
        {
            return result!.Rows.Count == 0 ? null : $"expected no rows, got {result.Rows.Count}";
        }
        if (text.StartsWith("the result should be", StringComparison.Ordinal))
        {
            var ordered = text.Contains("in order", StringComparison.Ordinal);
            var sortLists = text.Contains("ignoring element order for lists", StringComparison.Ordinal);
            return CompareRows(step.Table!, result!, ordered, sortLists);
        }
        if (text == "no side effects")
        {
            var effects = GraphState.Difference(before!, after!);
            return effects.Count == 0 ? null : "unexpected side effects: " + Describe(effects);
        }
        if (text == "the side effects should be:")
        {
            var expected = step.Table!.ToDictionary(row => row[0], row => long.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
            var actual = GraphState.Difference(before!, after!);
            var same = expected.Where(pair => pair.Value != 0).OrderBy(pair => pair.Key).SequenceEqual(actual.OrderBy(pair => pair.Key));
            return same ? null : $"side effects: expected {Describe(expected)}, got {Describe(actual)}";
        }
        throw new NotSupportedException($"Unknown step: {step.Keyword} {text}");
    }

    private static string Describe(Dictionary<string, long> effects) =>
        effects.Count == 0 ? "none" : string.Join(", ", effects.Where(pair => pair.Value != 0).OrderBy(pair => pair.Key).Select(pair => $"{pair.Key} {pair.Value}"));

    /// <summary>TCK error classes against Neo4j status codes; compile-time syntax and semantic errors are interchangeable.</summary>
    private static string? CheckError(string text, CypherException? error)
    {
        if (error is null)
        {
            return "expected an error: " + text;
        }
        if (error.Code == CypherErrorCodes.Unsupported)
        {
            return $"unsupported: {error.Message}";
        }
        var kind = text.Split(' ')[1];
        var compileTime = text.Contains("compile time", StringComparison.Ordinal);
        var accepted = kind switch
        {
            "ProcedureError" => [CypherErrorCodes.ProcedureNotFound, CypherErrorCodes.ProcedureCallFailed],
            _ when compileTime => [CypherErrorCodes.SyntaxError, CypherErrorCodes.SemanticError, CypherErrorCodes.TypeError, CypherErrorCodes.ParameterMissing],
            "TypeError" => [CypherErrorCodes.TypeError],
            "ArgumentError" => [CypherErrorCodes.ArgumentError, "Neo.ClientError.Statement.ArithmeticError"],
            "EntityNotFound" => [CypherErrorCodes.EntityNotFound],
            "SemanticError" => [CypherErrorCodes.SemanticError],
            "ConstraintVerificationFailed" => [CypherErrorCodes.ConstraintValidationFailed],
            "SyntaxError" => [CypherErrorCodes.SyntaxError, CypherErrorCodes.SemanticError, CypherErrorCodes.ArgumentError],
            _ => new[] { "Neo.ClientError.Statement." + kind },
        };
        return accepted.Contains(error.Code) ? null : $"expected {kind}, got {error.Code}: {error.Message}";
    }

    private static string? CompareRows(IReadOnlyList<IReadOnlyList<string>> table, CypherResult result, bool ordered, bool sortLists)
    {
        var header = table[0];
        if (!header.Order(StringComparer.Ordinal).SequenceEqual(result.Columns.Order(StringComparer.Ordinal)))
        {
            return $"columns: expected [{string.Join(", ", header)}], got [{string.Join(", ", result.Columns)}]";
        }
        var indexes = header.Select(column => result.Columns.ToList().IndexOf(column)).ToList();
        var expected = table.Skip(1).Select(row => string.Join(" | ", row.Select(cell => TckValueText.Of(TckValues.Parse(cell), sortLists)))).ToList();
        var actual = result.Rows.Select(row => string.Join(" | ", indexes.Select(i => TckValueText.Of(row[i], sortLists)))).ToList();
        if (!ordered)
        {
            expected.Sort(StringComparer.Ordinal);
            actual.Sort(StringComparer.Ordinal);
        }
        return expected.SequenceEqual(actual)
            ? null
            : $"rows differ\n  expected:\n    {string.Join("\n    ", expected)}\n  actual:\n    {string.Join("\n    ", actual)}";
    }
}
