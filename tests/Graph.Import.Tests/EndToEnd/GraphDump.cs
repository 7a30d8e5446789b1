using System.Text;
using Graph.Core.Cypher;

namespace Graph.Import.Tests.EndToEnd;

/// <summary>A canonical text of a whole graph, read back with Cypher: equal dumps mean equal graphs.</summary>
internal static class GraphDump
{
    public static async Task<string> ReadAsync(ICypherSession session, CancellationToken cancellationToken)
    {
        var nodes = await session.RunAsync("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", null, CypherAccessMode.Read, cancellationToken);
        var relationships = await session.RunAsync(
            "MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props", null, CypherAccessMode.Read, cancellationToken);
        var lines = nodes.Records()
            .Select(r => $"({Text(r["labels"])} {Text(r["props"])})")
            .Concat(relationships.Records().Select(r => $"({r["from"]})-[{r["type"]} {Text(r["props"])}]->({r["to"]})"))
            .Order(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        string s => $"'{s}'",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {Text(p.Value)}")) + "}",
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(Text)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
