using Graph.Core.Cypher;
using Graph.Cypher.Ast;
using Graph.Cypher.Parsing;

namespace Graph.Cypher.Tests.Parsing;

public sealed class ParserTests
{
    private static Expression ReturnedExpression(string expression)
    {
        var statement = (QueryStatement)Parser.Parse("RETURN " + expression);
        return ((ProjectionClause)statement.Parts[0].Clauses[0]).Projection.Items[0].Expression;
    }

    [Fact]
    public void Multiplication_binds_tighter_than_addition()
    {
        var expression = Assert.IsType<BinaryExpression>(ReturnedExpression("1 + 2 * 3"));
        Assert.Equal(BinaryOperator.Add, expression.Operator);
        Assert.Equal(BinaryOperator.Multiply, Assert.IsType<BinaryExpression>(expression.Right).Operator);
    }

    [Fact]
    public void And_binds_tighter_than_or_and_not_applies_to_comparison()
    {
        var expression = Assert.IsType<BinaryExpression>(ReturnedExpression("a OR b AND NOT c = 1"));
        Assert.Equal(BinaryOperator.Or, expression.Operator);
        var and = Assert.IsType<BinaryExpression>(expression.Right);
        Assert.Equal(BinaryOperator.And, and.Operator);
        var not = Assert.IsType<UnaryExpression>(and.Right);
        Assert.Equal(BinaryOperator.Equal, Assert.IsType<BinaryExpression>(not.Operand).Operator);
    }

    [Fact]
    public void Postfix_property_index_and_slice()
    {
        var slice = Assert.IsType<SliceAccess>(ReturnedExpression("n.list[1..2]"));
        Assert.IsType<PropertyAccess>(slice.Target);
        var index = Assert.IsType<IndexAccess>(ReturnedExpression("m['k'][0]"));
        Assert.IsType<IndexAccess>(index.Target);
    }

    [Fact]
    public void Count_star_distinct_and_namespaced_functions()
    {
        Assert.True(Assert.IsType<FunctionCall>(ReturnedExpression("count(*)")).Star);
        Assert.True(Assert.IsType<FunctionCall>(ReturnedExpression("count(DISTINCT x)")).Distinct);
        Assert.Equal("apoc.text.join", Assert.IsType<FunctionCall>(ReturnedExpression("apoc.text.join(x, ',')")).Name);
    }

    [Fact]
    public void Pattern_predicate_versus_parenthesized_expression()
    {
        Assert.IsType<SubqueryExpression>(ReturnedExpression("(a)-[:T]->()"));
        Assert.IsType<Variable>(ReturnedExpression("(a)"));
        Assert.IsType<BinaryExpression>(ReturnedExpression("(a) - 1"));
    }

    [Fact]
    public void Collect_subquery_body_is_a_query_and_collect_with_brackets_stays_the_function()
    {
        var collect = Assert.IsType<CollectSubquery>(ReturnedExpression("COLLECT { MATCH (a)-->(b) WHERE b.x > 1 UNWIND b.tags AS t RETURN DISTINCT t ORDER BY t SKIP $s LIMIT 2 }"));
        Assert.Equal(["MATCH", "UNWIND", "RETURN"], collect.Query.Clauses.Select(clause => clause.Name));
        var projection = ((ProjectionClause)collect.Query.Clauses[^1]).Projection;
        Assert.True(projection.Distinct);
        Assert.Single(projection.OrderBy);
        Assert.IsType<Parameter>(projection.Skip);
        Assert.Equal((1, 8), (collect.Position.Line, collect.Position.Column));
        Assert.Equal("collect", Assert.IsType<FunctionCall>(ReturnedExpression("collect(x)")).Name);
    }

    [Fact]
    public void Relationship_patterns_parse_direction_types_and_length()
    {
        var statement = (QueryStatement)Parser.Parse("MATCH p = (a:A:B {k: 1})<-[r:X|Y*2..5 {w: 2}]-(b), (c)-[*]-(d), (e)-->(f) RETURN p");
        var match = (MatchClause)statement.Parts[0].Clauses[0];
        var first = match.Patterns[0];
        Assert.Equal("p", first.PathVariable);
        Assert.Equal(["A", "B"], first.Start.Labels);
        var relationship = first.Steps[0].Relationship;
        Assert.Equal((RelationshipDirection.Incoming, "r"), (relationship.Direction, relationship.Variable));
        Assert.Equal(["X", "Y"], relationship.Types);
        Assert.Equal(new VariableLength(2, 5), relationship.Length);
        Assert.Equal(new VariableLength(null, null), match.Patterns[1].Steps[0].Relationship.Length);
        Assert.Equal(RelationshipDirection.Both, match.Patterns[1].Steps[0].Relationship.Direction);
        Assert.Null(match.Patterns[2].Steps[0].Relationship.Length);
        Assert.Equal(RelationshipDirection.Outgoing, match.Patterns[2].Steps[0].Relationship.Direction);
    }

    [Fact]
    public void Shortest_path_parses()
    {
        var statement = (QueryStatement)Parser.Parse("MATCH p = allShortestPaths((a)-[*..6]-(b)) RETURN p");
        Assert.Equal(ShortestKind.All, ((MatchClause)statement.Parts[0].Clauses[0]).Patterns[0].Shortest);
    }

    [Fact]
    public void Merge_with_on_create_and_on_match()
    {
        var statement = (QueryStatement)Parser.Parse("MERGE (n:P {id: 1}) ON CREATE SET n.a = 1 ON MATCH SET n += $m, n:Seen");
        var merge = (MergeClause)statement.Parts[0].Clauses[0];
        Assert.Single(merge.OnCreate);
        Assert.IsType<SetAllProperties>(merge.OnMatch[0]);
        Assert.IsType<SetLabels>(merge.OnMatch[1]);
    }

    [Fact]
    public void Schema_commands_parse()
    {
        var constraint = Assert.IsType<CreateIndexStatement>(Parser.Parse("CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE"));
        Assert.Equal(("person_id", "Person", "id", true, true), (constraint.Name, constraint.Label, constraint.Property, constraint.Unique, constraint.IfNotExists));
        var index = Assert.IsType<CreateIndexStatement>(Parser.Parse("CREATE INDEX FOR (t:Thesis) ON (t.name)"));
        Assert.Equal((null, false), (index.Name, index.Unique));
        var drop = Assert.IsType<DropIndexStatement>(Parser.Parse("DROP CONSTRAINT person_id IF EXISTS"));
        Assert.True(drop.IsConstraint && drop.IfExists);
    }

    [Fact]
    public void Explain_and_parameters_are_recorded()
    {
        var statement = Parser.Parse("EXPLAIN MATCH (n {id: $id}) WHERE n.x IN $xs RETURN n, $id");
        Assert.True(statement.Explain);
        Assert.Equal(["id", "xs"], statement.Parameters);
    }

    [Fact]
    public void Unaliased_items_keep_their_text()
    {
        var statement = (QueryStatement)Parser.Parse("RETURN  n.name ,count( * ) AS c");
        var items = ((ProjectionClause)statement.Parts[0].Clauses[0]).Projection.Items;
        Assert.Equal(["n.name", "c"], items.Select(item => item.ColumnName));
    }

    [Theory]
    [InlineData("RETRN 1", 1, 1, "Invalid input 'RETRN': expected one of: CALL, CREATE")]
    [InlineData("MATCH (n)\nRETURN n.name AS", 2, 17, "Invalid input end of input: expected an alias name")]
    [InlineData("MATCH (n RETURN n", 1, 10, "Invalid input 'RETURN'")]
    [InlineData("MATCH (n)-[r->(m) RETURN n", 1, 13, "expected ']'")]
    [InlineData("RETURN [1, 2", 1, 13, "expected ',' or ']'")]
    [InlineData("MATCH (n) RETURN n LIMIT", 1, 25, "expected an expression")]
    [InlineData("RETURN CASE WHEN true THEN 1", 1, 29, "'END'")]
    [InlineData("RETURN 1 RETURN 2", 1, 10, "Invalid input 'RETURN'")]
    [InlineData("MATCH (n) SET n RETURN n", 1, 17, "'=', '+=' or a label")]
    public void Syntax_errors_name_the_input_and_the_position(string query, int line, int column, string fragment)
    {
        var error = Assert.Throws<CypherException>(() => Parser.Parse(query));
        Assert.Equal(CypherErrorCodes.SyntaxError, error.Code);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("UNWIND [1] AS x CALL { WITH x CREATE () } IN TRANSACTIONS OF 10 ROWS", "CALL { } IN TRANSACTIONS")]
    [InlineData("MATCH (n) OPTIONAL CALL { WITH n RETURN 1 AS one } RETURN one", "OPTIONAL CALL")]
    [InlineData("MATCH (n) FOREACH (x IN [1] | SET n.a = x)", "FOREACH")]
    [InlineData("USING PERIODIC COMMIT 500 LOAD CSV FROM 'x' AS row CREATE ()", "USING PERIODIC COMMIT")]
    [InlineData("PROFILE MATCH (n) RETURN n", "PROFILE")]
    public void Unimplemented_clauses_are_unsupported_not_syntax_errors(string query, string feature)
    {
        var error = Assert.Throws<CypherException>(() => Parser.Parse(query));
        Assert.Equal(CypherErrorCodes.Unsupported, error.Code);
        Assert.Contains(feature, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_csv_keeps_headers_url_variable_and_terminator()
    {
        var statement = (QueryStatement)Parser.Parse("LOAD CSV WITH HEADERS FROM $url AS row FIELDTERMINATOR '\\t' RETURN row");
        var load = (LoadCsvClause)statement.Parts[0].Clauses[0];

        Assert.True(load.WithHeaders);
        Assert.Equal("$url", ExpressionText.Of(load.Url));
        Assert.Equal("row", load.Variable);
        Assert.Equal('\t', load.FieldTerminator);
        Assert.Equal(',', ((LoadCsvClause)((QueryStatement)Parser.Parse("LOAD CSV FROM 'f' AS r RETURN r")).Parts[0].Clauses[0]).FieldTerminator);
    }

    [Theory]
    [InlineData("LOAD CSV FROM 'file:///a.csv' row RETURN row", 1, 31, "expected 'AS'")]
    [InlineData("LOAD CSV WITH 'file:///a.csv' AS row RETURN row", 1, 15, "expected 'HEADERS'")]
    [InlineData("LOAD FROM 'file:///a.csv' AS row RETURN row", 1, 1, "LOAD clause")]
    [InlineData("LOAD CSV FROM 'file:///a.csv' AS row\nFIELDTERMINATOR ; RETURN row", 2, 17, "expected a string literal")]
    [InlineData("LOAD CSV FROM 'file:///a.csv' AS row FIELDTERMINATOR ';;' RETURN row", 1, 54, "CSV field terminator can only be one character wide")]
    public void Load_csv_errors_name_the_position(string query, int line, int column, string fragment)
    {
        var error = Assert.Throws<CypherException>(() => Parser.Parse(query));

        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("MATCH (a)-[*9223372036854775808]->(b) RETURN b", 13)]
    [InlineData("MATCH (a)-[*1..9223372036854775808]->(b) RETURN b", 16)]
    public void A_length_bound_too_large_for_an_integer_is_a_syntax_error(string query, int column)
    {
        // Found by CypherFuzzTests: the bound's missing value was cast to long, a NullReferenceException.
        var error = Assert.Throws<CypherException>(() => Parser.Parse(query));

        Assert.Equal(CypherErrorCodes.SyntaxError, error.Code);
        Assert.Contains("integer is too large", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, column), (error.Line, error.Column));
    }
}
