using Graph.Core.Cypher;

namespace Graph.Neo4j.Tests.Container;

/// <summary>
/// A few real statements through <see cref="Neo4jSession"/> against neo4j:5.26-community in Docker:
/// what the fake can only replay, checked at the source. Skipped, with the reason, where Docker is not available.
/// </summary>
[Collection(nameof(Neo4jContainer))]
public sealed class Neo4jContainerTests(Neo4jContainerFixture neo4j)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Typed_values_round_trip_including_integers_beyond_2_to_the_53()
    {
        await using var session = OpenSession();

        var result = await session.RunAsync(
            "RETURN $big AS big, $big + 1 AS next, 1.5 AS ratio, 'x' AS text, [1, 'a', null] AS list, {k: true} AS map, date('2024-01-02') AS day",
            new Dictionary<string, object?> { ["big"] = 9007199254740993L },
            CypherAccessMode.Read,
            Token);

        var row = Assert.Single(result.Rows);
        Assert.Equal(9007199254740993L, row[0]);
        Assert.Equal(9007199254740994L, row[1]);
        Assert.Equal(1.5, row[2]);
        Assert.Equal("x", row[3]);
        Assert.Equal([1L, "a", null], Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[4]));
        Assert.Equal(true, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row[5])["k"]);
        Assert.Equal("2024-01-02", row[6]);
    }

    [Fact]
    public async Task A_write_transaction_commits_and_a_read_sees_it_as_a_path()
    {
        await using var session = OpenSession();
        var id = $"person:{Guid.NewGuid():N}";

        await session.ExecuteWriteAsync(async tx =>
        {
            await tx.RunAsync("CREATE (:Person {id: $id, name: 'Ada'})", new Dictionary<string, object?> { ["id"] = id }, Token);
            return await tx.RunAsync(
                "MATCH (p:Person {id: $id}) CREATE (p)-[:HOLDS {page: 'a.md'}]->(:Thesis {id: $id + ':thesis'})",
                new Dictionary<string, object?> { ["id"] = id },
                Token);
        }, Token);
        var result = await session.RunAsync(
            "MATCH path = (:Person {id: $id})-[:HOLDS]->(:Thesis) RETURN path",
            new Dictionary<string, object?> { ["id"] = id },
            CypherAccessMode.Read,
            Token);

        Assert.NotEmpty(session.Bookmarks);
        var path = Assert.IsType<CypherPath>(Assert.Single(result.Rows)[0]);
        Assert.Equal("Ada", path.Nodes[0]["name"]);
        Assert.Equal(["Thesis"], path.Nodes[1].Labels);
        var holds = Assert.Single(path.Relationships);
        Assert.Equal(("HOLDS", "a.md"), (holds.Type, holds["page"]));
        Assert.Equal(path.Nodes[0].ElementId, holds.StartElementId);
    }

    [Fact]
    public async Task A_failed_transaction_leaves_nothing_behind()
    {
        await using var session = OpenSession();
        var id = $"tool:{Guid.NewGuid():N}";

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.ExecuteWriteAsync<int>(async tx =>
        {
            await tx.RunAsync("CREATE (:Tool {id: $id})", new Dictionary<string, object?> { ["id"] = id }, Token);
            throw new InvalidOperationException("abandon the page");
        }, Token));
        var count = await session.RunAsync(
            "MATCH (t:Tool {id: $id}) RETURN count(t) AS n", new Dictionary<string, object?> { ["id"] = id }, CypherAccessMode.Read, Token);

        Assert.Equal(0L, count.Single("n"));
    }

    [Fact]
    public async Task Syntax_errors_carry_neo4j_code_and_position()
    {
        await using var session = OpenSession();

        var error = await Assert.ThrowsAnyAsync<CypherException>(
            () => session.RunAsync("MATCH (n)\nRETRUN n", mode: CypherAccessMode.Read, cancellationToken: Token));

        Assert.Equal(CypherErrorCodes.SyntaxError, error.Code);
        Assert.Equal(2, error.Line);
        Assert.Equal(1, error.Column);
    }

    [Fact]
    public async Task Read_access_mode_refuses_a_write()
    {
        await using var session = OpenSession();

        var error = await Assert.ThrowsAnyAsync<CypherException>(
            () => session.RunAsync("CREATE (:Show {id: 'show:read-mode'})", mode: CypherAccessMode.Read, cancellationToken: Token));

        Assert.True(error.IsClientError, error.Code);
        Assert.Equal(CypherErrorCodes.AccessMode, error.Code);
    }

    private Neo4jSession OpenSession()
    {
        if (neo4j.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
        return new Neo4jSession(neo4j.Options);
    }
}
