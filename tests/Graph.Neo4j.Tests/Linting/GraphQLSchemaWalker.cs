using System.Net.Http.Json;
using System.Text.Json;

namespace Graph.Neo4j.Tests.Linting;

/// <summary>
/// Exercises every root query field of the running GraphQL schema, found by introspection, so that whatever Cypher
/// the resolvers send gets recorded, including fields added after this was written. Required arguments are filled
/// from sample values per scalar type; selections take every field without required arguments, a few levels deep.
/// </summary>
internal sealed class GraphQLSchemaWalker(HttpClient client, IReadOnlyDictionary<string, IReadOnlyList<object>> samples)
{
    private const string Introspection = """
        query {
          __schema {
            queryType { name }
            types {
              name kind
              possibleTypes { name }
              enumValues { name }
              inputFields { name type { ...T } }
              fields { name args { name type { ...T } } type { ...T } }
            }
          }
        }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    private Dictionary<string, JsonElement> _types = [];

    /// <summary>Runs each root field; returns the fields that never answered without errors, with the last error.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ExerciseAsync(CancellationToken cancellationToken)
    {
        var schema = (await PostAsync(Introspection, cancellationToken)).GetProperty("data").GetProperty("__schema");
        _types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t.Clone());
        var query = _types[schema.GetProperty("queryType").GetProperty("name").GetString()!];
        var unanswered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in query.GetProperty("fields").EnumerateArray())
        {
            var name = field.GetProperty("name").GetString()!;
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }
            var error = await ExerciseFieldAsync(field, cancellationToken);
            if (error is not null)
            {
                unanswered[name] = error;
            }
        }
        return unanswered;
    }

    private async Task<string?> ExerciseFieldAsync(JsonElement field, CancellationToken cancellationToken)
    {
        var name = field.GetProperty("name").GetString()!;
        var required = field.GetProperty("args").EnumerateArray().Where(arg => arg.GetProperty("type").GetProperty("kind").GetString() == "NON_NULL").ToList();
        var rounds = required.Count == 0 ? 1 : samples.Values.Max(values => values.Count);
        string? lastError = "no answer";
        var answered = false;
        for (var round = 0; round < rounds; round++)
        {
            var arguments = required.Select((arg, j) => $"{arg.GetProperty("name").GetString()}: {Literal(arg.GetProperty("type"), round + j)}");
            var argumentText = required.Count == 0 ? "" : $"({string.Join(", ", arguments)})";
            // Deep selections first; the service bounds depth and cost, so fall back to shallower ones if refused.
            for (var depth = 3; depth >= 0; depth--)
            {
                var selection = Selection(field.GetProperty("type"), depth);
                var answer = await PostAsync($"{{ {name}{argumentText}{(selection.Length == 0 ? "" : $" {{ {selection} }}")} }}", cancellationToken);
                if (!answer.TryGetProperty("errors", out var errors))
                {
                    answered = true;
                    break;
                }
                lastError = errors.GetRawText();
            }
        }
        return answered ? null : lastError;
    }

    /// <summary>The fields to select under a type: leaves always, object fields while depth remains; "" for a leaf type.</summary>
    private string Selection(JsonElement typeRef, int depth)
    {
        var type = _types[Named(typeRef)];
        var kind = type.GetProperty("kind").GetString();
        if (kind is "SCALAR" or "ENUM")
        {
            return "";
        }
        var parts = new List<string> { "__typename" };
        if (type.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Array)
        {
            foreach (var field in fields.EnumerateArray())
            {
                if (field.GetProperty("args").EnumerateArray().Any(arg => arg.GetProperty("type").GetProperty("kind").GetString() == "NON_NULL"))
                {
                    continue;
                }
                var inner = _types[Named(field.GetProperty("type"))].GetProperty("kind").GetString();
                var fieldName = field.GetProperty("name").GetString();
                if (inner is "SCALAR" or "ENUM")
                {
                    parts.Add(fieldName!);
                }
                else if (depth > 0)
                {
                    parts.Add($"{fieldName} {{ {Selection(field.GetProperty("type"), depth - 1)} }}");
                }
            }
        }
        if (kind is "INTERFACE" or "UNION" && depth > 0 && type.GetProperty("possibleTypes").ValueKind == JsonValueKind.Array)
        {
            foreach (var possible in type.GetProperty("possibleTypes").EnumerateArray())
            {
                var possibleName = possible.GetProperty("name").GetString()!;
                parts.Add($"... on {possibleName} {{ {Selection(JsonDocument.Parse($$"""{"kind":"OBJECT","name":"{{possibleName}}"}""").RootElement, depth - 1)} }}");
            }
        }
        return string.Join(" ", parts);
    }

    /// <summary>A GraphQL literal for a required argument: the <paramref name="index"/>-th sample of its scalar type.</summary>
    private string Literal(JsonElement typeRef, int index)
    {
        var type = _types[Named(typeRef)];
        switch (type.GetProperty("kind").GetString())
        {
            case "ENUM":
                var values = type.GetProperty("enumValues").EnumerateArray().ToList();
                return values[index % values.Count].GetProperty("name").GetString()!;
            case "INPUT_OBJECT":
                var required = type.GetProperty("inputFields").EnumerateArray().Where(f => f.GetProperty("type").GetProperty("kind").GetString() == "NON_NULL");
                return "{" + string.Join(", ", required.Select(f => $"{f.GetProperty("name").GetString()}: {Literal(f.GetProperty("type"), index)}")) + "}";
        }
        var candidates = samples.TryGetValue(type.GetProperty("name").GetString()!, out var found) ? found : samples["String"];
        var value = candidates[index % candidates.Count];
        var literal = JsonSerializer.Serialize(value);
        return typeRef.GetProperty("kind").GetString() == "LIST" || (typeRef.GetProperty("kind").GetString() == "NON_NULL" && typeRef.GetProperty("ofType").GetProperty("kind").GetString() == "LIST")
            ? $"[{literal}]"
            : literal;
    }

    private static string Named(JsonElement typeRef)
    {
        while (typeRef.GetProperty("name").ValueKind != JsonValueKind.String)
        {
            typeRef = typeRef.GetProperty("ofType");
        }
        return typeRef.GetProperty("name").GetString()!;
    }

    private async Task<JsonElement> PostAsync(string query, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query }, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonDocument.Parse(JsonSerializer.Serialize(new { errors = new[] { new { message = $"HTTP {(int)response.StatusCode}: {text}" } } })).RootElement.Clone();
        }
    }
}
