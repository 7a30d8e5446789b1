using System.Globalization;
using System.Text;

namespace Graph.Api.Data;

/// <summary>
/// A page of one label's nodes: filtered, ordered, sliced. Compiles to one parameterized statement that returns the
/// total count and the page together, so a connection with totalCount still costs one round trip.
/// </summary>
internal sealed record NodeListQuery(
    string Label,
    IReadOnlyList<PropertyCondition> Conditions,
    IReadOnlyList<GraphHop> Has,
    IReadOnlyList<GraphHop> Lacks,
    IReadOnlyList<SortKey> Order,
    int Skip,
    int Take)
{
    /// <summary>The statement and its parameters. Property names, labels and types come from <see cref="NodeCatalog"/>; user values are parameters.</summary>
    public (string Statement, Dictionary<string, object?> Parameters) Compile()
    {
        var info = NodeCatalog.For(Label);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        var where = new List<string>();
        foreach (var condition in Conditions)
        {
            if (!info.Properties.Contains(condition.Property))
            {
                throw new ArgumentException($"{Label} has no filterable property '{condition.Property}'.", nameof(Conditions));
            }
            var name = $"p{parameters.Count}";
            var property = $"n.{condition.Property}";
            switch (condition.Test)
            {
                case PropertyTest.Equals:
                    where.Add($"{property} = ${name}");
                    parameters[name] = condition.Value;
                    break;
                case PropertyTest.In:
                    where.Add($"{property} IN ${name}");
                    parameters[name] = condition.Values.Cast<object?>().ToList();
                    break;
                case PropertyTest.Contains:
                    where.Add($"toLower({property}) CONTAINS ${name}");
                    parameters[name] = condition.Value.ToLowerInvariant();
                    break;
                case PropertyTest.StartsWith:
                    where.Add($"toLower({property}) STARTS WITH ${name}");
                    parameters[name] = condition.Value.ToLowerInvariant();
                    break;
            }
        }
        where.AddRange(Has.Select(hop => $"EXISTS {{ MATCH (n){hop.Pattern}(:{hop.ToLabel}) }}"));
        where.AddRange(Lacks.Select(hop => $"NOT EXISTS {{ MATCH (n){hop.Pattern}(:{hop.ToLabel}) }}"));

        var order = Order.Count > 0 ? Order : [new SortKey(info.NameProperty, Descending: false)];
        var orderText = string.Join(", ", order.Select(key =>
            info.Properties.Contains(key.Property)
                ? $"n.{key.Property}{(key.Descending ? " DESC" : "")}"
                : throw new ArgumentException($"{Label} cannot be ordered by '{key.Property}'.", nameof(Order))));

        var statement = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"MATCH (n:{Label})")
            .Append(where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            .Append(CultureInfo.InvariantCulture, $" WITH n ORDER BY {orderText}, n.id")
            .Append(" WITH collect(n) AS matched RETURN size(matched) AS total, matched[$skip..$end] AS page")
            .ToString();
        parameters["skip"] = (long)Skip;
        parameters["end"] = (long)Skip + Take;
        return (statement, parameters);
    }
}

/// <summary>A test of one property: equal, contains or starts with (both ignoring case), or in a list.</summary>
internal sealed record PropertyCondition(string Property, PropertyTest Test, string Value, IReadOnlyList<string> Values)
{
    public static PropertyCondition Single(string property, PropertyTest test, string value) => new(property, test, value, []);

    public static PropertyCondition AnyOf(string property, IReadOnlyList<string> values) => new(property, PropertyTest.In, "", values);
}

internal enum PropertyTest
{
    Equals,
    Contains,
    StartsWith,
    In,
}

internal sealed record SortKey(string Property, bool Descending);

/// <summary>One page: the nodes and how many match in all.</summary>
internal sealed record NodePage(IReadOnlyList<GraphEntity> Nodes, long Total, int Skip);
