using Graph.Core.Cypher;
using Graph.Cypher.Procedures;

namespace Graph.Cypher.Tests.Procedures;

/// <summary>CALL against the built-in db.* procedures and registered ones: arguments, defaults, YIELD, WHERE, EXPLAIN.</summary>
public sealed class ProcedureCallTests
{
    private static async Task<EmbeddedCypherSession> SmallGraph(params Procedure[] more)
    {
        var session = EmbeddedCypherSession.Open(null, TestProcedures.Registry(more));
        await session.RunAsync("CREATE (:Person {name: 'Ann', age: 40})-[:KNOWS {since: 2001}]->(:Person:Author {name: 'Bob'})-[:WROTE]->(:Book {title: 'T'})");
        return session;
    }

    private static async Task<CypherResult> Read(ICypherSession session, string query, Dictionary<string, object?>? parameters = null) =>
        await session.RunAsync(query, parameters, CypherAccessMode.Read);

    [Fact]
    public async Task Db_procedures_list_the_names_in_use_sorted()
    {
        await using var session = await SmallGraph();

        Assert.Equal(["Author", "Book", "Person"], (await Read(session, "CALL db.labels()")).Column("label"));
        Assert.Equal(["KNOWS", "WROTE"], (await Read(session, "CALL db.relationshipTypes")).Column("relationshipType"));
        Assert.Equal(["age", "name", "since", "title"], (await Read(session, "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey")).Column("propertyKey"));
    }

    [Fact]
    public async Task Db_procedures_see_the_statements_own_writes()
    {
        await using var session = await SmallGraph();

        var result = await session.RunAsync("CREATE (:Fresh) WITH 1 AS one CALL db.labels() YIELD label RETURN collect(label) AS labels");

        Assert.Equal(new object?[] { "Author", "Book", "Fresh", "Person" }, (IReadOnlyList<object?>)result.Single("labels")!);
    }

    [Fact]
    public async Task A_standalone_call_returns_every_output_and_fills_defaults()
    {
        await using var session = await SmallGraph();

        var result = await Read(session, "CALL test.repeat('x')");

        Assert.Equal(["index", "value"], result.Columns);
        Assert.Equal([[1L, "x"], [2L, "x"]], result.Rows.Select(row => row.ToArray()));
    }

    [Fact]
    public async Task A_standalone_call_without_parentheses_reads_its_arguments_from_parameters()
    {
        await using var session = await SmallGraph();

        var result = await Read(session, "CALL test.repeat", new() { ["text"] = "p", ["times"] = 3 });

        Assert.Equal([1L, 2L, 3L], result.Column("index"));
        Assert.All(result.Column("value"), value => Assert.Equal("p", value));
    }

    [Fact]
    public async Task Yield_renames_outputs_and_where_filters_the_rows()
    {
        await using var session = await SmallGraph();

        var result = await Read(session, "UNWIND ['a', 'b'] AS text CALL test.repeat(text, 4) YIELD index AS i, value WHERE i % 2 = 0 AND value <> 'b' RETURN text, i");

        Assert.Equal(["text", "i"], result.Columns);
        Assert.Equal([["a", 2L], ["a", 4L]], result.Rows.Select(row => row.ToArray()));
    }

    [Fact]
    public async Task Nodes_go_in_and_come_out_as_nodes_of_the_graph()
    {
        await using var session = await SmallGraph();

        var result = await Read(session, "MATCH (a:Person {name: 'Ann'}) CALL test.outgoing(a) YIELD target RETURN target.name AS name, labels(target) AS labels");

        Assert.Equal("Bob", result.Single("name"));
        Assert.Equal(["Author", "Person"], ((IReadOnlyList<object?>)result.Rows[0][1]!).Cast<string>().Order());
    }

    [Fact]
    public async Task A_void_procedure_passes_each_row_through_once_called()
    {
        var calls = 0;
        var touch = new Procedure("test.touch", [new ProcedureInput("n", CypherType.Integer)], [], _ =>
        {
            Interlocked.Increment(ref calls);
            return [];
        });
        await using var session = await SmallGraph(touch);

        var result = await Read(session, "UNWIND [1, 2, 3] AS n CALL test.touch(n) RETURN n");

        Assert.Equal([1L, 2L, 3L], result.Column("n"));
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task Explain_shows_the_procedure_call()
    {
        await using var session = await SmallGraph();

        var plan = (await Read(session, "EXPLAIN CALL test.repeat('x', 2) YIELD value AS v WHERE v = 'x' RETURN v")).Column("plan").Cast<string>().ToList();

        Assert.Contains(plan, line => line.Trim() == "ProcedureCall(test.repeat('x', 2) YIELD value AS v)");
        Assert.Contains(plan, line => line.Trim() == "Filter((v = 'x'))");
    }

    [Fact]
    public async Task A_body_that_throws_fails_the_call_naming_the_procedure()
    {
        await using var session = await SmallGraph();

        var error = await Assert.ThrowsAsync<CypherException>(() => Read(session, "CALL test.fail()"));

        Assert.Equal(CypherErrorCodes.ProcedureCallFailed, error.Code);
        Assert.Contains("test.fail", error.Message, StringComparison.Ordinal);
        Assert.Contains("the disk is on fire", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registry_refuses_a_name_twice_and_signatures_read_as_neo4j_prints_them()
    {
        var registry = TestProcedures.Registry();

        Assert.Throws<ArgumentException>(() => registry.With(TestProcedures.Repeat));
        Assert.Equal("test.repeat(text :: STRING?, times = 2 :: INTEGER?) :: (index :: INTEGER?, value :: STRING?)", TestProcedures.Repeat.Signature);
        Assert.Equal(["db.labels", "db.propertyKeys", "db.relationshipTypes"], ProcedureRegistry.BuiltIn.All.Select(procedure => procedure.Name));
    }
}
