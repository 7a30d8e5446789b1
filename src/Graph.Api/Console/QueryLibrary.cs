using System.Text.Json;

namespace Graph.Api.CypherConsole;

/// <summary>One query of the analysts' library (cypher/queries/*.cypher), with what its header comment says.</summary>
internal sealed record LibraryQuery(string Name, string Description, IReadOnlyDictionary<string, object?> Parameters, string Text);

/// <summary>
/// The analysts' query library, embedded from cypher/queries/ (see the csproj), for the console's examples. A file's
/// header is its leading // lines: the first says what it answers; a "Parameters:" line names each $parameter,
/// separated by semicolons, with an example after "e.g." (read as JSON when it parses, else as text).
/// </summary>
internal static class QueryLibrary
{
    private const string ResourcePrefix = "Graph.Api.Queries.";

    public static IReadOnlyList<LibraryQuery> All { get; } = Load();

    private static List<LibraryQuery> Load()
    {
        var assembly = typeof(QueryLibrary).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".cypher", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return Parse(name[ResourcePrefix.Length..^".cypher".Length], reader.ReadToEnd());
            })
            .ToList();
    }

    internal static LibraryQuery Parse(string name, string text)
    {
        var header = text.Split('\n')
            .Select(line => line.Trim())
            .TakeWhile(line => line.StartsWith("//", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())
            .ToList();
        var description = header.FirstOrDefault(line => !line.StartsWith("Parameters:", StringComparison.OrdinalIgnoreCase)) ?? name;
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var line in header.Where(line => line.StartsWith("Parameters:", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var declaration in line["Parameters:".Length..].Split(';'))
            {
                var dollar = declaration.IndexOf('$', StringComparison.Ordinal);
                var colon = dollar < 0 ? -1 : declaration.IndexOf(':', dollar);
                if (colon < 0)
                {
                    continue; // "none", or prose without a $name
                }
                var example = declaration.IndexOf("e.g.", colon, StringComparison.Ordinal) is var at and >= 0
                    ? Example(declaration[(at + 4)..].Trim().TrimEnd('.').Trim())
                    : null;
                parameters[declaration[(dollar + 1)..colon].Trim()] = example;
            }
        }
        return new LibraryQuery(name, description, parameters, text.Trim());
    }

    private static object? Example(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            return Graph.Core.Cypher.CypherValueJson.Read(json.RootElement);
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
