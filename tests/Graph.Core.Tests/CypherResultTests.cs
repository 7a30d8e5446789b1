using Graph.Core.Cypher;

namespace Graph.Core.Tests;

public sealed class CypherResultTests
{
    private static readonly CypherResult Result = new(["name", "n"], [["a", 1L], ["b", 2L]]);

    [Fact]
    public void Records_pair_columns_with_values()
    {
        var records = Result.Records().ToList();

        Assert.Equal("b", records[1]["name"]);
        Assert.Equal(2L, records[1]["n"]);
    }

    [Fact]
    public void Single_requires_exactly_one_row()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Result.Single("n"));
        Assert.Contains("got 2", error.Message);
    }

    [Fact]
    public void An_unknown_column_names_the_ones_there_are()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Result.Column("missing").ToList());
        Assert.Contains("[name, n]", error.Message);
    }
}
