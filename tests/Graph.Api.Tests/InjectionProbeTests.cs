using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Core.Cypher;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>
/// Cypher injection through every string a GraphQL query takes: each String or ID argument of each Query field, and
/// each String inside its input objects (where filters), found by introspection so new fields are probed too. Every
/// hostile value gets an answer (data or errors, never a 500) and the graph is the same afterwards.
/// </summary>
public sealed class InjectionProbeTests(SampleGraphFixture graph) : IClassFixture<SampleGraphFixture>
{
    private static readonly string[] Payloads =
    [
        "' }) MATCH (n) DETACH DELETE n //",
        "\"}) MATCH (n) DETACH DELETE n //",
        "x') WITH 1 AS x MATCH (m) SET m.pwned = true //",
        "`) DETACH DELETE n //",
        "person:dan-shipper' OR 1=1 //",
        "$id",
        "*/ MATCH (n) DETACH DELETE n /*",
        "\\' }) RETURN 1 //",
        "taste\u0000is the bottleneck",
        "\u202Eevil\u202C",
        new string('a', 20_000),
    ];

    private const string Introspection = """
        { __schema { queryType { fields { name args { name type { ...T } } type { ...T } } }
                     types { name kind inputFields { name type { ...T } } } } }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
        """;

    [Fact(Timeout = 300_000)]
    public async Task No_string_argument_changes_the_graph_or_breaks_the_answer()
    {
        var before = await CountsAsync();
        var schema = (await graph.Client.PostAsync(Introspection)).AssertData().GetProperty("__schema");
        var inputs = schema.GetProperty("types").EnumerateArray().Where(t => t.GetProperty("kind").GetString() == "INPUT_OBJECT")
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("inputFields").EnumerateArray().ToList());
        var probes = 0;
        var positions = new HashSet<string>();

        foreach (var field in schema.GetProperty("queryType").GetProperty("fields").EnumerateArray())
        {
            var args = field.GetProperty("args").EnumerateArray().ToList();
            foreach (var (argument, path) in StringPositions(args, inputs))
            {
                positions.Add($"{field.GetProperty("name").GetString()}({argument}{path})");
                foreach (var payload in Payloads)
                {
                    var (query, variables) = Probe(field, args, argument, path, payload, inputs);
                    var answer = await graph.Client.PostAsync(query, variables);
                    Assert.True(answer.Status is 200 or 400, $"{query} with {payload[..Math.Min(40, payload.Length)]}: HTTP {answer.Status} {answer.Body}");
                    Assert.True(answer.Body.TryGetProperty("data", out _) || answer.HasErrors, $"{query}: neither data nor errors: {answer.Body}");
                    probes++;
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{probes} injection probes through {positions.Count} string positions: {string.Join(", ", positions)}");
        Assert.True(positions.Count >= 20, $"only {positions.Count} string positions were found: {string.Join(", ", positions)}");
        Assert.Equal(before, await CountsAsync());
        var pwned = await graph.Services.GetRequiredService<ICypherSession>().RunAsync("MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n) AS n",
            null, CypherAccessMode.Read, TestContext.Current.CancellationToken);
        Assert.Equal(0L, pwned.Rows[0][0]);
    }

    // Each place a string goes: an argument of type String or ID (or a list of them), or a String field of an input object
    // argument, one level down (the where filters: where.title.contains).
    private static IEnumerable<(string Argument, string Path)> StringPositions(List<JsonElement> args, Dictionary<string, List<JsonElement>> inputs)
    {
        foreach (var arg in args)
        {
            var (kind, name) = Named(arg.GetProperty("type"));
            if (kind == "SCALAR" && name is "String" or "ID")
            {
                yield return (arg.GetProperty("name").GetString()!, "");
            }
            else if (kind == "INPUT_OBJECT")
            {
                foreach (var field in inputs[name])
                {
                    var (innerKind, innerName) = Named(field.GetProperty("type"));
                    if (innerKind == "INPUT_OBJECT")
                    {
                        foreach (var leaf in inputs[innerName].Where(leaf => Named(leaf.GetProperty("type")).Name is "String" or "ID"))
                        {
                            yield return (arg.GetProperty("name").GetString()!, $".{field.GetProperty("name").GetString()}.{leaf.GetProperty("name").GetString()}");
                        }
                    }
                    else if (innerName is "String" or "ID")
                    {
                        yield return (arg.GetProperty("name").GetString()!, $".{field.GetProperty("name").GetString()}");
                    }
                }
            }
        }
    }

    // One request: the hostile value at its position, every other required argument given a harmless value.
    private static (string Query, Dictionary<string, object?> Variables) Probe(JsonElement field, List<JsonElement> args, string argument, string path,
        string payload, Dictionary<string, List<JsonElement>> inputs)
    {
        var declarations = new List<string>();
        var uses = new List<string>();
        var variables = new Dictionary<string, object?>();
        foreach (var arg in args)
        {
            var name = arg.GetProperty("name").GetString()!;
            var type = arg.GetProperty("type");
            JsonNode? value = name == argument ? At(path.Split('.', StringSplitOptions.RemoveEmptyEntries), type, payload, inputs)
                : type.GetProperty("kind").GetString() == "NON_NULL" ? Harmless(type) : null;
            if (value is null)
            {
                continue;
            }
            declarations.Add($"${name}: {TypeText(type)}");
            uses.Add($"{name}: ${name}");
            variables[name] = JsonSerializer.Deserialize<JsonElement>(value.ToJsonString());
        }
        var selection = Named(field.GetProperty("type")).Kind is "OBJECT" or "INTERFACE" or "UNION" ? " { __typename }" : "";
        return ($"query({string.Join(", ", declarations)}) {{ {field.GetProperty("name").GetString()}({string.Join(", ", uses)}){selection} }}", variables);
    }

    private static JsonNode At(string[] path, JsonElement type, string payload, Dictionary<string, List<JsonElement>> inputs)
    {
        if (path.Length == 0)
        {
            return IsList(type) ? new JsonArray(JsonValue.Create(payload)) : JsonValue.Create(payload);
        }
        var field = inputs[Named(type).Name].Single(f => f.GetProperty("name").GetString() == path[0]);
        return new JsonObject { [path[0]] = At(path[1..], field.GetProperty("type"), payload, inputs) };
    }

    private static JsonNode Harmless(JsonElement type) => Named(type).Name switch
    {
        "Int" => IsList(type) ? new JsonArray(1) : JsonValue.Create(1),
        _ => IsList(type) ? new JsonArray("person:dan-shipper") : JsonValue.Create("person:dan-shipper"),
    };

    private static bool IsList(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "LIST" => true,
        "NON_NULL" => IsList(type.GetProperty("ofType")),
        _ => false,
    };

    private static (string Kind, string Name) Named(JsonElement type) =>
        type.GetProperty("kind").GetString() is "NON_NULL" or "LIST" ? Named(type.GetProperty("ofType")) : (type.GetProperty("kind").GetString()!, type.GetProperty("name").GetString()!);

    private static string TypeText(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => TypeText(type.GetProperty("ofType")) + "!",
        "LIST" => $"[{TypeText(type.GetProperty("ofType"))}]",
        _ => type.GetProperty("name").GetString()!,
    };

    private async Task<string> CountsAsync()
    {
        var session = graph.Services.GetRequiredService<ICypherSession>();
        var result = await session.RunAsync("MATCH (n) RETURN labels(n) AS labels, count(*) AS nodes, sum(size(keys(n))) AS properties ORDER BY nodes, properties",
            null, CypherAccessMode.Read, TestContext.Current.CancellationToken);
        var relationships = await session.RunAsync("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY n",
            null, CypherAccessMode.Read, TestContext.Current.CancellationToken);
        return JsonSerializer.Serialize(result.Rows) + JsonSerializer.Serialize(relationships.Rows);
    }
}
