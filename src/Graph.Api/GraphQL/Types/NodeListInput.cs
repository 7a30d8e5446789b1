using Graph.Api.Data;
using Graph.Core.Cypher;
using GraphQL;

namespace Graph.Api.GraphQL.Types;

/// <summary>
/// Reads a list's `where` and `orderBy` arguments, as graphql-dotnet parsed them (dictionaries; enum values already the
/// GraphHops and property names they stand for), into <see cref="NodeFilter"/> and <see cref="NodeOrder"/>.
/// </summary>
internal static class NodeListInput
{
    public static NodeFilter Filter(string label, IDictionary<string, object?>? where)
    {
        if (where is null)
        {
            return NodeFilter.None;
        }
        var info = NodeCatalog.For(label);
        var conditions = new List<PropertyCondition>();
        var has = new List<GraphHop>();
        var lacks = new List<GraphHop>();
        var related = new List<RelatedCondition>();
        foreach (var (name, value) in where)
        {
            switch (name, value)
            {
                case ("has", IEnumerable<object?> hops):
                    has.AddRange(hops.OfType<GraphHop>());
                    break;
                case ("lacks", IEnumerable<object?> hops):
                    lacks.AddRange(hops.OfType<GraphHop>());
                    break;
                case (_, IDictionary<string, object?> tests) when info.Relations.TryGetValue(name, out var hop):
                    related.Add(new RelatedCondition(hop, Conditions(NodeCatalog.For(hop.ToLabel), tests)));
                    break;
                case (_, IDictionary<string, object?> tests):
                    conditions.AddRange(Tests(info, name, tests));
                    break;
            }
        }
        return new NodeFilter(conditions, has, lacks, related);
    }

    /// <summary>The sort keys; one with neither or both of field and count is an error that names it.</summary>
    public static NodeOrder Order(IEnumerable<object?>? orderBy)
    {
        var keys = new List<SortKey>();
        foreach (var key in orderBy?.OfType<IDictionary<string, object?>>() ?? [])
        {
            var property = key.TryGetValue("field", out var field) ? field as string : null;
            var hop = key.TryGetValue("count", out var count) ? count as GraphHop : null;
            var descending = key.TryGetValue("direction", out var direction) && direction is true;
            keys.Add((property, hop) switch
            {
                ({ } name, null) => SortKey.ByProperty(name, descending),
                (null, { } relation) => SortKey.ByCount(relation, descending),
                (null, null) => throw InvalidOrder($"orderBy[{keys.Count}] has neither field nor count; give exactly one of them."),
                _ => throw InvalidOrder($"orderBy[{keys.Count}] has both field: {EnumValueNames.Of(property!)} and count: {EnumValueNames.Of(hop!.Field)}; give exactly one of them."),
            });
        }
        return keys.Count > 0 ? new NodeOrder(keys) : NodeOrder.ByName;
    }

    /// <summary>Tests of properties of the node at the far end of a relationship field: { name: { eq: "Codex" } }.</summary>
    private static List<PropertyCondition> Conditions(LabelInfo far, IDictionary<string, object?> where) =>
        [.. where.SelectMany(pair => pair.Value is IDictionary<string, object?> tests ? Tests(far, pair.Key, tests) : [])];

    private static IEnumerable<PropertyCondition> Tests(LabelInfo info, string property, IDictionary<string, object?> tests) =>
        info.DateProperties.Contains(property) ? DateTests(property, tests) : TextTests(property, tests);

    // DateFilter's values arrive parsed by CalendarDateType: each day a DateOnly, sent on as a Cypher Date.
    private static IEnumerable<PropertyCondition> DateTests(string property, IDictionary<string, object?> tests)
    {
        foreach (var (test, operand) in tests)
        {
            switch (test, operand)
            {
                case ("in", IEnumerable<object?> days):
                    yield return PropertyCondition.OneOf(property, [.. days.OfType<DateOnly>().Select(day => (object)CypherTemporal.OfDate(day))]);
                    break;
                case (_, DateOnly day) when DayTests.TryGetValue(test, out var dayTest):
                    yield return PropertyCondition.Single(property, dayTest, CypherTemporal.OfDate(day));
                    break;
            }
        }
    }

    private static readonly Dictionary<string, PropertyTest> DayTests = new(StringComparer.Ordinal)
    {
        ["eq"] = PropertyTest.Equals,
        ["gt"] = PropertyTest.After,
        ["gte"] = PropertyTest.AfterOrOn,
        ["lt"] = PropertyTest.Before,
        ["lte"] = PropertyTest.BeforeOrOn,
    };

    private static IEnumerable<PropertyCondition> TextTests(string property, IDictionary<string, object?> tests)
    {
        foreach (var (test, operand) in tests)
        {
            switch (test, operand)
            {
                case ("eq", string text):
                    yield return PropertyCondition.Single(property, PropertyTest.Equals, text);
                    break;
                case ("contains", string text):
                    yield return PropertyCondition.Single(property, PropertyTest.Contains, text);
                    break;
                case ("startsWith", string text):
                    yield return PropertyCondition.Single(property, PropertyTest.StartsWith, text);
                    break;
                case ("in", IEnumerable<object?> values):
                    yield return PropertyCondition.AnyOf(property, [.. values.OfType<string>()]);
                    break;
            }
        }
    }

    private static ExecutionError InvalidOrder(string message) => new(message) { Code = "INVALID_ORDER" };
}
