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
    [InlineData("LOAD CSV FROM 'file:///a.csv' AS row", "Query cannot conclude with LOAD CSV")]
    [InlineData("UNWIND ['a'] AS row LOAD CSV FROM row AS row RETURN row", "Variable `row` already declared")]
    [InlineData("LOAD CSV FROM count(*) AS row RETURN row", "Invalid use of aggregating function in LOAD CSV")]
    public void Semantic_errors(string query, string fragment)
    {
        var error = Reject(query);
        Assert.Equal(CypherErrorCodes.SemanticError, error.Code);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    /// <summary>CALL { } errors worded as Neo4j 5's, at the item or clause to blame.</summary>
    [Theory]
    [InlineData("WITH 1 AS x\nCALL { RETURN 2 AS x } RETURN x", 2, 8, "Variable `x` already declared in outer scope")]
    [InlineData("MATCH (t) CALL { WITH t RETURN t } RETURN t", 1, 25, "Variable `t` already declared in outer scope")]
    [InlineData("UNWIND [1] AS l CALL { WITH l AS m RETURN m AS n } RETURN n", 1, 29, "Importing WITH should consist only of simple references to outside variables. Aliasing or expressions are not supported.")]
    [InlineData("UNWIND [1] AS l CALL { WITH l, l + 1 AS m RETURN m AS n } RETURN n", 1, 34, "Aliasing or expressions are not supported.")]
    [InlineData("UNWIND [[1, 2]] AS l CALL {\n  WITH l WHERE size(l) > 2 RETURN l AS large } RETURN large", 2, 3, "Importing WITH should consist only of simple references to outside variables. WHERE is not allowed.")]
    [InlineData("UNWIND [1] AS l CALL { WITH l ORDER BY l RETURN l AS m } RETURN m", 1, 24, "ORDER BY is not allowed.")]
    [InlineData("UNWIND [1] AS l CALL { WITH DISTINCT l RETURN l AS m } RETURN m", 1, 24, "DISTINCT is not allowed.")]
    [InlineData("UNWIND [1] AS l CALL { WITH l LIMIT 1 RETURN l AS m } RETURN m", 1, 24, "LIMIT is not allowed.")]
    [InlineData("CALL { RETURN 1 + 1 } RETURN 1", 1, 17, "Expression in CALL { RETURN ... } must be aliased (use AS)")]
    [InlineData("MATCH (n) CALL { WITH n RETURN n.x AS x }", 1, 11, "Query cannot conclude with CALL")]
    [InlineData("WITH 1 AS a CALL { RETURN a AS b } RETURN b", 1, 27, "Variable `a` not defined")]
    [InlineData("WITH 1 AS a CALL (a, q) { RETURN a AS b } RETURN b", 1, 22, "Variable `q` not defined")]
    [InlineData("CALL { RETURN 1 AS a UNION RETURN 2 AS b } RETURN a", 1, 28, "All sub queries in an UNION must have the same return column names")]
    [InlineData("CALL { MATCH (n) }", 1, 8, "Query cannot conclude with MATCH")]
    public void Call_subquery_errors_carry_their_position(string query, int line, int column, string fragment)
    {
        var error = Reject(query);

        Assert.Equal(CypherErrorCodes.SemanticError, error.Code);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Load_csv_context_functions_take_no_arguments()
    {
        var error = Reject("RETURN 1 AS x,\n  file('a') AS f");

        Assert.Equal(CypherErrorCodes.SyntaxError, error.Code);
        Assert.Contains("Too many parameters for function 'file': expected 0, got 1", error.Message, StringComparison.Ordinal);
        Assert.Equal((2, 3), (error.Line, error.Column));
    }

    /// <summary>Neo4j words and places these the same (checked with its linter): one column and no updates at COLLECT, shadowing at the clause.</summary>
    [Theory]
    [InlineData("MATCH (p)\nRETURN COLLECT { MATCH (p)-->(q) RETURN q.a, q.b } AS x", CypherErrorCodes.SemanticError, 2, 8, "A Collect Expression must end with a single return column.")]
    [InlineData("MATCH (p) RETURN COLLECT { MATCH (p)-->(q) RETURN * } AS x", CypherErrorCodes.SemanticError, 1, 18, "must end with a single return column")]
    [InlineData("MATCH (p) RETURN COLLECT { MATCH (p)-->(q) } AS x", CypherErrorCodes.SemanticError, 1, 18, "must end with a single return column")]
    [InlineData("MATCH (p) RETURN COLLECT { MATCH (p) SET p.x = 1 RETURN p } AS x", CypherErrorCodes.SemanticError, 1, 18, "A Collect Expression cannot contain any updates")]
    [InlineData("MATCH (p) RETURN COLLECT { MATCH (p)-->(q)\n  RETURN q.n AS p } AS x", CypherErrorCodes.SemanticError, 2, 3, "The variable `p` is shadowing a variable with the same name from the outer scope")]
    [InlineData("MATCH (p) RETURN COLLECT { UNWIND [1] AS p RETURN 1 } AS x", CypherErrorCodes.SemanticError, 1, 28, "The variable `p` is shadowing")]
    [InlineData("MATCH (p) RETURN COLLECT { MATCH (p)-->(q) RETURN q } AS x, q", CypherErrorCodes.SemanticError, 1, 61, "Variable `q` not defined")]
    [InlineData("MATCH (p) RETURN COLLECT { MATCH (p)-->(q) RETURN q SKIP p } AS x", CypherErrorCodes.SemanticError, 1, 58, "It is not allowed to refer to variables in SKIP or LIMIT")]
    [InlineData("MATCH (p) RETURN COLLECT { (p)-->(q) RETURN q } AS x", CypherErrorCodes.SyntaxError, 1, 28, "Invalid input '('")]
    [InlineData("MATCH (p) RETURN COLLECT { MATCH (p) RETURN p MATCH (p) } AS x", CypherErrorCodes.SyntaxError, 1, 47, "expected '}'")]
    [InlineData("MATCH (p) RETURN COLLECT { MATCH (p)-->(q)\n  WITH q RETURN q } AS x", CypherErrorCodes.Unsupported, 2, 3, "WITH inside COLLECT subqueries is not supported")]
    [InlineData("MATCH (p) RETURN COLLECT { MATCH (p)-->(q) RETURN q AS y UNION MATCH (p)<--(q) RETURN q AS y } AS x", CypherErrorCodes.Unsupported, 1, 58, "UNION inside COLLECT subqueries is not supported")]
    [InlineData("MATCH (p) RETURN COLLECT { CALL { WITH p CREATE (:X) } RETURN 1 } AS x", CypherErrorCodes.SemanticError, 1, 18, "A Collect Expression cannot contain any updates")]
    public void Collect_subquery_errors_carry_their_position(string query, string code, int line, int column, string fragment)
    {
        var error = Reject(query);
        Assert.Equal(code, error.Code);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
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
            "MATCH (n) RETURN COLLECT { MATCH (n)-->(m) RETURN count(m) } AS c, COLLECT { RETURN n AS n } AS self",
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
