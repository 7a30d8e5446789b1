using Graph.Core.Cypher;
using Graph.Core.Model;
using Graph.Cypher;
using Graph.Import;
using Graph.Neo4j.Tests.Fakes;

namespace Graph.Neo4j.Tests.Schema;

/// <summary>
/// cypher/schema.cypher on both backends: a unique id per label and a full-text index on names and texts, every
/// statement idempotent. The embedded engine accepts the full-text statement and deliberately builds nothing.
/// </summary>
public sealed class SchemaScriptTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Declares_a_unique_id_per_label_and_a_full_text_index_all_if_not_exists()
    {
        Assert.All(GraphSchema.Statements, statement => Assert.Contains(" IF NOT EXISTS", statement, StringComparison.Ordinal));
        foreach (var label in Labels.All.Append(Labels.Page))
        {
            Assert.Contains(GraphSchema.Statements, s => s.Contains($"FOR (n:{label}) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        }
        var fullText = Assert.Single(GraphSchema.Statements, s => s.StartsWith("CREATE FULLTEXT INDEX", StringComparison.Ordinal));
        Assert.Contains($"(n:{string.Join('|', Labels.All)})", fullText, StringComparison.Ordinal);
        Assert.EndsWith("ON EACH [n.name, n.title, n.text]", fullText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applies_twice_on_the_embedded_engine_and_enforces_the_constraints()
    {
        await using var session = EmbeddedCypherSession.Open(null);

        await GraphSchema.ApplyAsync(session, Token);
        await GraphSchema.ApplyAsync(session, Token);

        var constraints = await session.RunAsync("SHOW CONSTRAINTS", cancellationToken: Token);
        Assert.Equal(Labels.All.Count + 1, constraints.Rows.Count); // and the pages' bookkeeping nodes
        await session.RunAsync("CREATE (:Tool {id: 'tool:x'})", cancellationToken: Token);
        var duplicate = await Assert.ThrowsAnyAsync<CypherException>(() => session.RunAsync("CREATE (:Tool {id: 'tool:x'})", cancellationToken: Token));
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", duplicate.Code);
    }

    [Fact]
    public async Task The_embedded_engine_explains_the_full_text_statement_as_not_built_and_rejects_a_malformed_one_with_its_position()
    {
        await using var session = EmbeddedCypherSession.Open(null);

        var plan = await session.RunAsync("EXPLAIN CREATE FULLTEXT INDEX t IF NOT EXISTS FOR (n:Tool|Person) ON EACH [n.name]", cancellationToken: Token);
        var error = await Assert.ThrowsAnyAsync<CypherException>(() =>
            session.RunAsync("CREATE FULLTEXT INDEX t FOR (n:Tool) ON EACH [m.name]", cancellationToken: Token));

        Assert.Equal("CreateFullTextIndex(t) (not built by the embedded engine)", Assert.Single(plan.Rows)[0]);
        Assert.Equal(CypherErrorCodes.SyntaxError, error.Code);
        Assert.Equal((1, 47), (error.Line, error.Column));
        Assert.Contains("`m`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Is_sent_to_neo4j_one_statement_per_implicit_write_in_file_order()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        await using var session = new Neo4jSession(TestOptions.For(server.Uri));

        await GraphSchema.ApplyAsync(session, Token);

        Assert.Equal(GraphSchema.Statements, server.Of(FakeRoute.Query).Select(r => r.Text("statement")));
        Assert.All(server.Of(FakeRoute.Query), r => Assert.Equal("WRITE", r.Text("accessMode")));
    }
}
