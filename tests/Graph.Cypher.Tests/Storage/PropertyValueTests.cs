using System.Collections.Immutable;
using Graph.Core.Cypher;
using Graph.Cypher.Storage;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

public sealed class PropertyValueTests
{
    public static TheoryData<string, object> RejectedValues => new()
    {
        { "Map", new Dictionary<string, object?> { ["a"] = 1L } },
        { "DateTime", DateTime.UnixEpoch },
        { "Guid", Guid.Empty },
        { "List", new object[] { new object[] { 1L } } },
        { "Map", new object[] { new Dictionary<string, object?>() } },
    };

    [Theory]
    [MemberData(nameof(RejectedValues))]
    public void Unsupported_values_are_rejected_with_a_type_error(string typeName, object value)
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        var node = tx.CreateNode([], NoProps).Id;

        var onCreate = Assert.Throws<CypherException>(() => tx.CreateNode([], Props(("bad", value))));
        var onSet = Assert.Throws<CypherException>(() => tx.SetNodeProperty(node, "bad", value));

        Assert.Equal(CypherErrorCodes.TypeError, onCreate.Code);
        Assert.Contains("`bad`", onCreate.Message, StringComparison.Ordinal);
        Assert.Contains(typeName, onSet.Message, StringComparison.Ordinal);
        Assert.Equal(1, tx.View.NodeCount);
        Assert.Empty(tx.View.GetNode(node)!.Properties);
    }

    [Fact]
    public void Lists_with_nulls_or_mixed_types_are_rejected()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();

        var withNull = Assert.Throws<CypherException>(() => tx.CreateNode([], Props(("xs", new object?[] { 1L, null }!))));
        var mixed = Assert.Throws<CypherException>(() => tx.CreateNode([], Props(("xs", new object[] { 1L, "a" }))));

        Assert.Contains("null", withNull.Message, StringComparison.Ordinal);
        Assert.Contains("mixed types", mixed.Message, StringComparison.Ordinal);
        Assert.Equal(CypherErrorCodes.TypeError, mixed.Code);
    }

    [Fact]
    public void Values_are_stored_in_their_cypher_form()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        var node = tx.CreateNode([], Props(
            ("int", 7),
            ("float", 1.5f),
            ("list", new List<object?> { 1, 2L }),
            ("strings", new[] { "a", "b" }),
            ("empty", Array.Empty<object>())));

        Assert.Equal(7L, node.Properties["int"]);
        Assert.Equal(1.5, node.Properties["float"]);
        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(node.Properties["list"]);
        Assert.Equal([1L, 2L], list);
        Assert.Equal(["a", "b"], Assert.IsType<ImmutableArray<object>>(node.Properties["strings"]));
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<object?>>(node.Properties["empty"]));
    }

    [Fact]
    public void Null_property_values_on_create_mean_absent()
    {
        using var store = GraphStore.Open(null);
        using var tx = store.BeginWrite();
        var properties = new Dictionary<string, object> { ["a"] = 1L, ["gone"] = null! };

        var node = tx.CreateNode([], properties);

        Assert.Equal(["a"], node.Properties.Keys);
    }
}
