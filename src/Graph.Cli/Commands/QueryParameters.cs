using System.Text.Json;
using Graph.Core.Cypher;

namespace Graph.Cli.Commands;

/// <summary>Parses `--param name=value` pairs; values are JSON when they parse, strings otherwise.</summary>
internal static class QueryParameters
{
    public static IReadOnlyDictionary<string, object?> Parse(IEnumerable<string> pairs)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"--param '{pair}' must look like name=value.");
            }
            parameters[pair[..equals].Trim()] = ParseValue(pair[(equals + 1)..]);
        }
        return parameters;
    }

    private static object? ParseValue(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return CypherValueJson.Read(document.RootElement);
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
