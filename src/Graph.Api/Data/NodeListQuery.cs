using Graph.Core.Cypher;

namespace Graph.Api.Data;

/// <summary>
/// A page of one label's nodes: filtered, ordered, sliced. Compiles to one parameterized statement that returns the
/// total count and the page together, so a connection with totalCount still costs one round trip.
/// </summary>
internal sealed record NodeListQuery(string Label, NodeFilter Filter, NodeOrder Order, int Skip, int Take)
{
    /// <summary>The statement and its parameters; see <see cref="NodeFilter.Compile"/> and <see cref="NodeOrder.Compile"/>.</summary>
    public (string Statement, Dictionary<string, object?> Parameters) Compile()
    {
        var parameters = new StatementParameters();
        var where = Filter.Compile("n", Label, parameters);
        var statement = $"MATCH (n:{Label})" + (where is null ? "" : " WHERE " + where) + " " + Order.Compile("n", Label)
            + " WITH collect(n) AS matched RETURN size(matched) AS total, matched[$skip..$end] AS page";
        parameters.Values["skip"] = (long)Skip;
        parameters.Values["end"] = (long)Skip + Take;
        return (statement, parameters.Values);
    }

    /// <summary>
    /// A list of <paramref name="label"/> that uses every test, relationship filter and sort key the label offers, so
    /// that running and linting one statement per label covers every fragment its lists can send.
    /// </summary>
    public static NodeListQuery EveryFeature(string label)
    {
        var info = NodeCatalog.For(label);
        var hops = info.Relations.Values.ToList();
        PropertyCondition[] tests =
        [
            PropertyCondition.Single(info.NameProperty, PropertyTest.Equals, "x"),
            PropertyCondition.Single(info.NameProperty, PropertyTest.Contains, "x"),
            PropertyCondition.Single(info.NameProperty, PropertyTest.StartsWith, "x"),
            PropertyCondition.AnyOf("id", ["x", "y"]),
            .. info.DateProperties.SelectMany(DateTests),
        ];
        // Having and lacking the same fields, it matches no node: it is there to be run and linted whole, not for its answer.
        var filter = new NodeFilter(tests, hops, hops,
            [.. hops.Select(hop => new RelatedCondition(hop, [PropertyCondition.Single(NodeCatalog.For(hop.ToLabel).NameProperty, PropertyTest.Contains, "x")]))]);
        var order = new NodeOrder(
            [.. hops.Select(hop => SortKey.ByCount(hop, descending: true)), .. info.DateProperties.Select(property => SortKey.ByProperty(property)), SortKey.ByProperty("id")]);
        return new NodeListQuery(label, filter, order, 0, 2);
    }

    private static PropertyCondition[] DateTests(string property)
    {
        var day = CypherTemporal.OfDate(new DateOnly(2025, 3, 5));
        return
        [
            PropertyCondition.Single(property, PropertyTest.Equals, day),
            PropertyCondition.Single(property, PropertyTest.After, day),
            PropertyCondition.Single(property, PropertyTest.AfterOrOn, day),
            PropertyCondition.Single(property, PropertyTest.Before, day),
            PropertyCondition.Single(property, PropertyTest.BeforeOrOn, day),
            PropertyCondition.OneOf(property, [day]),
        ];
    }
}

/// <summary>One page: the nodes and how many match in all.</summary>
internal sealed record NodePage(IReadOnlyList<GraphEntity> Nodes, long Total, int Skip);
