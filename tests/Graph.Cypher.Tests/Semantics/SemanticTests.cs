using Graph.Core.Cypher;

namespace Graph.Cypher.Tests.Semantics;

/// <summary>Compile-time errors, checked through CypherSyntax (parse, analyze, plan; nothing runs).</summary>
public sealed class SemanticTests
{
    private static CypherException Reject(string query)
    {
        Assert.False(CypherSyntax.TryParse(query, out var error));
        return error!;
    }

    [Fact]
    public void Undefined_variable_names_it_with_its_position()
    {
        var error = Reject("MATCH (n)\nRETURN m.name");
        Assert.Equal(CypherErrorCodes.SemanticError, error.Code);
        Assert.Contains("Variable `m` not defined", error.Message, StringComparison.Ordinal);
        Assert.Equal((2, 8), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("MATCH (n) WITH n.name RETURN 1", "Expression in WITH must be aliased")]
    [InlineData("MATCH (n) WHERE count(n) > 1 RETURN n", "aggregat")]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS b", "same return column names")]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a", "UNION and UNION ALL")]
    [InlineData("MATCH (n) RETURN n, n", "same name")]
    [InlineData("MATCH (n) RETURN n LIMIT n.x", "SKIP or LIMIT")]
    [InlineData("UNWIND [1] AS x RETURN sum(max(x))", "inside of aggregate")]
    [InlineData("MATCH (n) WITH n AS m RETURN n", "Variable `n` not defined")]
    [InlineData("RETURN [x IN [1] | y]", "Variable `y` not defined")]
    [InlineData("MATCH p = (a)-->(b), p = (c)-->(d) RETURN p", "already declared")]
    [InlineData("CREATE (a)-[:R*2]->(b)", "Variable length relationships cannot be used in CREATE")]
    [InlineData("MATCH (a) MERGE (a)", "already declared")]
    [InlineData("WITH 1 AS x", "Query cannot conclude with WITH")]
    [InlineData("RETURN *", "no variables in scope")]
    public void Semantic_errors(string query, string fragment)
    {
        var error = Reject(query);
        Assert.Equal(CypherErrorCodes.SemanticError, error.Code);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_statements_pass()
    {
        foreach (var query in new[]
        {
            "MATCH (n:Person {id: $id}) RETURN n",
            "UNWIND $rows AS row MERGE (n:Person {id: row.id}) SET n += row.props",
            "MATCH (n) WHERE NOT EXISTS { (n)--() } DELETE n",
            "MATCH (a)-[r]->(b) WITH a, count(r) AS c ORDER BY c DESC LIMIT 5 RETURN a.name, c",
            "CREATE CONSTRAINT x IF NOT EXISTS FOR (n:L) REQUIRE n.id IS UNIQUE",
        })
        {
            Assert.True(CypherSyntax.TryParse(query, out var error), $"{query}: {error?.Message}");
        }
    }

    [Fact]
    public void IsWrite_classifies_statements()
    {
        Assert.False(CypherSyntax.IsWrite("MATCH (n) RETURN n"));
        Assert.True(CypherSyntax.IsWrite("MATCH (n) SET n.x = 1"));
        Assert.True(CypherSyntax.IsWrite("CREATE INDEX i FOR (n:L) ON (n.p)"));
        Assert.False(CypherSyntax.IsWrite("SHOW INDEXES"));
    }
}
