using Graph.Core.Cypher;

namespace Graph.Cypher.Tests.Procedures;

/// <summary>CALL errors: Neo4j's status codes, messages naming the procedure, and where in the query.</summary>
public sealed class ProcedureErrorTests
{
    private static async Task<CypherException> Reject(string query, Dictionary<string, object?>? parameters = null)
    {
        await using var session = EmbeddedCypherSession.Open(null, TestProcedures.Registry());
        return await Assert.ThrowsAsync<CypherException>(() => session.RunAsync(query, parameters, CypherAccessMode.Read));
    }

    [Theory]
    [InlineData("CALL test.nope()", CypherErrorCodes.ProcedureNotFound, 1, 6, "`test.nope`")]
    [InlineData("MATCH (n)\nCALL  db.Labels() YIELD label RETURN label", CypherErrorCodes.ProcedureNotFound, 2, 7, "`db.Labels`")]
    [InlineData("CALL test.repeat()", CypherErrorCodes.SyntaxError, 1, 6, "got 0 expected at least 1")]
    [InlineData("CALL test.repeat('a', 1, 2)", CypherErrorCodes.SyntaxError, 1, 6, "got 3 expected no more than 2")]
    [InlineData("CALL test.repeat('a', 'b')", CypherErrorCodes.SyntaxError, 1, 23, "argument `times` of procedure test.repeat: expected Integer but was String")]
    [InlineData("UNWIND [1] AS x CALL test.repeat(x) YIELD value RETURN value", CypherErrorCodes.TypeError, 1, 34, "expected String but was Integer")]
    [InlineData("CALL test.repeat('a') YIELD nope RETURN nope", CypherErrorCodes.SyntaxError, 1, 29, "Unknown procedure output: `nope`")]
    [InlineData("WITH 1 AS value CALL test.repeat('a') YIELD value RETURN value", CypherErrorCodes.SemanticError, 1, 45, "Variable `value` already declared")]
    [InlineData("CALL test.repeat('a') YIELD index AS x, value AS x RETURN x", CypherErrorCodes.SemanticError, 1, 41, "Variable `x` already declared")]
    [InlineData("UNWIND [1] AS x CALL test.repeat('a') YIELD * RETURN x", CypherErrorCodes.SyntaxError, 1, 17, "does not support naming results implicitly")]
    [InlineData("UNWIND [1] AS x CALL test.repeat('a') RETURN x", CypherErrorCodes.SyntaxError, 1, 17, "does not support naming results implicitly")]
    [InlineData("UNWIND ['a'] AS t CALL test.repeat YIELD value RETURN value", CypherErrorCodes.SyntaxError, 1, 19, "does not support passing arguments implicitly")]
    [InlineData("MATCH (n) CALL test.repeat(collect(n.name)) YIELD value RETURN value", CypherErrorCodes.SyntaxError, 1, 28, "cannot take an aggregating function")]
    [InlineData("UNWIND [1] AS x CALL db.labels() YIELD label", CypherErrorCodes.SemanticError, 1, 17, "Query cannot conclude with CALL")]
    [InlineData("CALL test.repeat", CypherErrorCodes.ParameterMissing, 1, 1, "Expected parameter(s): text")]
    public async Task Errors_carry_their_code_and_position(string query, string code, int line, int column, string fragment)
    {
        var error = await Reject(query);

        Assert.Equal(code, error.Code);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Syntax_checks_know_the_built_in_procedures_only()
    {
        Assert.True(CypherSyntax.TryParse("CALL db.labels() YIELD label RETURN label", out _));
        Assert.False(CypherSyntax.TryParse("CALL test.repeat('a')", out var error));
        Assert.Equal(CypherErrorCodes.ProcedureNotFound, error!.Code);
    }
}
