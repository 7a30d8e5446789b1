using System.Text;
using System.Text.RegularExpressions;
using Graph.Core.Cypher;
using Graph.Import.Writing;

namespace Graph.Import.Tests.Support;

/// <summary>
/// A test double that understands exactly the statements <see cref="GraphWriter"/> emits (and nothing else),
/// with all-or-nothing write transactions. It lets importer behaviour (statuses, isolation of failed pages,
/// skipping, removal) be tested without the embedded engine; the engine itself is covered end to end.
/// </summary>
internal sealed partial class InMemoryGraphSession : ICypherSession
{
    private State state = new();

    public string Backend => "test-double";

    /// <summary>Statements seen, in order, with the transaction number they ran in.</summary>
    public List<(int Transaction, string Query)> Log { get; } = [];

    public int Transactions { get; private set; }

    /// <summary>Makes any write statement whose rows mention this id throw, as a store rejecting the page would.</summary>
    public string? RejectRowsWithId { get; set; }

    public Task<CypherResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CypherAccessMode mode = CypherAccessMode.Write, CancellationToken cancellationToken = default)
    {
        if (query == GraphWriter.ReadPageRelationshipEnds)
        {
            var pages = ((List<object?>)parameters!["pages"]!).ToHashSet();
            var ends = state.Relationships
                .Where(r => pages.Contains(r.Props.GetValueOrDefault("page")))
                .Select(r => (IReadOnlyList<object?>)[r.Props["page"], r.FromKey.Item1, r.FromKey.Item2, r.ToKey.Item1, r.ToKey.Item2, Degree(r.FromKey) <= Degree(r.ToKey), r.Type])
                .ToList();
            return Task.FromResult(new CypherResult(["page", "fromLabel", "fromId", "toLabel", "toId", "throughFrom", "type"], ends));
        }
        if (query != GraphWriter.ReadPages)
        {
            throw new CypherException(CypherErrorCodes.Unsupported, $"test double: auto-commit '{query}'");
        }
        var rows = state.Nodes.Values
            .Where(n => n.Labels == "Page" && n.Props.ContainsKey("path"))
            .Select(n => (IReadOnlyList<object?>)[n.Props["path"], state.Relationships.FirstOrDefault(r => r.Type == "DESCRIBES" && r.FromKey == ("Page", n.Id))?.ToKey.Item2,
                n.Props.GetValueOrDefault("importKey"), n.Props.GetValueOrDefault("title"), n.Props.GetValueOrDefault("aliases")])
            .ToList();
        return Task.FromResult(new CypherResult(["page", "id", "importKey", "title", "aliases"], rows));
    }

    private int Degree((string, string) node) => state.Relationships.Count(r => r.FromKey == node || r.ToKey == node);

    public async Task<T> ExecuteWriteAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        Transactions++;
        var working = state.Clone();
        var result = await work(new Transaction(this, working, Transactions));
        state = working; // committed only when the work returned
        return result;
    }

    // The importer never asks for a snapshot; were it to, this double's reads see its latest state anyway, as one test runs alone.
    public Task<T> InOneSnapshotAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default) => work();

    public ValueTask DisposeAsync() => default;

    /// <summary>Nodes and relationships as sorted text lines: equal dumps mean equal graphs.</summary>
    public string Dump()
    {
        var text = new StringBuilder();
        foreach (var node in state.Nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            text.Append(node.Labels).Append(' ').Append(node.Id).Append(' ').AppendLine(Props(node.Props));
        }
        foreach (var line in state.Relationships.Select(r => $"{r.From} -{r.Type}-> {r.To} {Props(r.Props)}").Order(StringComparer.Ordinal))
        {
            text.AppendLine(line);
        }
        return text.ToString();
    }

    public IReadOnlyList<(string From, string Type, string To, IReadOnlyDictionary<string, object?> Props)> Relationships =>
        state.Relationships.Select(r => (r.From, r.Type, r.To, (IReadOnlyDictionary<string, object?>)r.Props)).ToList();

    public IReadOnlyDictionary<string, object?>? Node(string id) =>
        state.Nodes.Values.FirstOrDefault(n => n.Id == id)?.Props;

    private static string Props(Dictionary<string, object?> props) =>
        string.Join(", ", props.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Value(p.Value)}"));

    private static string Value(object? value) => value is not string and IEnumerable<object?> list
        ? "[" + string.Join("|", list.Select(Value)) + "]"
        : value?.ToString() ?? "null";

    private CypherResult Execute(State graph, string query, IReadOnlyDictionary<string, object?>? parameters)
    {
        if (RejectRowsWithId is { } rejected && parameters?.GetValueOrDefault("rows") is List<object?> rows
            && rows.OfType<Dictionary<string, object?>>().Any(r => r.ContainsValue(rejected)))
        {
            throw new CypherException(CypherErrorCodes.ConstraintValidationFailed, $"test double rejects {rejected}");
        }
        var page = parameters?.GetValueOrDefault("page") as string;
        if (DeletePageRelationshipsAt().Match(query) is { Success: true } deleting)
        {
            var ids = ((List<object?>)parameters!["ids"]!).Cast<string>().Select(id => (deleting.Groups[1].Value, id)).ToHashSet();
            var type = deleting.Groups[4].Value;
            var outgoing = deleting.Groups[5].Value == ">";
            var incoming = deleting.Groups[2].Value == "<";
            graph.Relationships.RemoveAll(r => Equals(r.Props.GetValueOrDefault("page"), page)
                && (type.Length == 0 || r.Type == type)
                && ((!incoming && ids.Contains(r.FromKey)) || (!outgoing && ids.Contains(r.ToKey))));
            return CypherResult.Empty;
        }
        if (query == GraphWriter.ReleasePageSource)
        {
            var source = parameters!["source"] as string;
            var described = graph.Relationships.Any(r => r.Type == "DESCRIBES" && r.ToKey == ("Source", source!));
            foreach (var node in graph.Nodes.Values.Where(n => n.Labels == "Source" && n.Id == source && !described))
            {
                foreach (var key in node.Props.Keys.Where(k => k is not ("id" or "title")).ToList())
                {
                    node.Props.Remove(key);
                }
            }
            return CypherResult.Empty;
        }
        if (query == GraphWriter.ClaimSource)
        {
            foreach (var node in graph.Nodes.Values.Where(n => n.Labels == "Source" && n.Id == (string)parameters!["source"]!))
            {
                foreach (var key in node.Props.Keys.Where(k => k is not ("id" or "title")).ToList())
                {
                    node.Props.Remove(key);
                }
            }
            return CypherResult.Empty;
        }
        if (query == GraphWriter.ReleasePage)
        {
            foreach (var node in graph.Nodes.Values.Where(n => n.Labels == "Page" && n.Id == (string)parameters!["id"]!))
            {
                foreach (var key in node.Props.Keys.Where(k => k != "id").ToList())
                {
                    node.Props.Remove(key);
                }
            }
            return CypherResult.Empty;
        }
        if (DeleteOrphanNodes().Match(query) is { Success: true } orphans)
        {
            var linked = graph.Relationships.SelectMany(r => new[] { r.FromKey, r.ToKey }).ToHashSet();
            foreach (var id in ((List<object?>)parameters!["ids"]!).Cast<string>())
            {
                var key = (orphans.Groups[1].Value, id);
                if (graph.Nodes.TryGetValue(key, out var node) && !linked.Contains(key))
                {
                    graph.Nodes.Remove(key);
                }
            }
        }
        else if (MergeNodes().Match(query) is { Success: true } merge)
        {
            foreach (var row in Rows(parameters))
            {
                var key = (merge.Groups[1].Value, (string)row["id"]!);
                if (!graph.Nodes.TryGetValue(key, out var node))
                {
                    node = new NodeRecord(key.Item1, key.Item2, new() { ["id"] = key.Item2 });
                    graph.Nodes[key] = node;
                }
                foreach (var (name, value) in (Dictionary<string, object?>)row["props"]!)
                {
                    node.Props[name] = value;
                }
            }
        }
        else if (CreateRelationships().Match(query) is { Success: true } create)
        {
            foreach (var row in Rows(parameters))
            {
                var from = (create.Groups[1].Value, (string)row["from"]!);
                var to = (create.Groups[2].Value, (string)row["to"]!);
                if (graph.Nodes.ContainsKey(from) && graph.Nodes.ContainsKey(to))
                {
                    graph.Relationships.Add(new RelationshipRecord(create.Groups[3].Value, from, to, new((Dictionary<string, object?>)row["props"]!)));
                }
            }
        }
        else
        {
            throw new CypherException(CypherErrorCodes.Unsupported, $"test double does not understand: {query}");
        }
        return CypherResult.Empty;
    }

    private static IEnumerable<Dictionary<string, object?>> Rows(IReadOnlyDictionary<string, object?>? parameters) =>
        ((List<object?>)parameters!["rows"]!).Cast<Dictionary<string, object?>>();

    [GeneratedRegex(@"^UNWIND \$ids AS id MATCH \(n:(\w+) \{id: id\}\)(<?)-\[r(:(\w+))? \{page: \$page\}\]-(>?)\(\)( WITH DISTINCT r)? DELETE r$")]
    private static partial Regex DeletePageRelationshipsAt();

    [GeneratedRegex(@"^UNWIND \$ids AS id MATCH \(n:(\w+) \{id: id\}\) WHERE NOT EXISTS \{ \(n\)--\(\) \} DELETE n$")]
    private static partial Regex DeleteOrphanNodes();

    [GeneratedRegex(@"^UNWIND \$rows AS row MERGE \(n:(\w+) \{id: row\.id\}\) SET n \+= row\.props$")]
    private static partial Regex MergeNodes();

    [GeneratedRegex(@"^UNWIND \$rows AS row MATCH \(a:(\w+) \{id: row\.from\}\) MATCH \(b:(\w+) \{id: row\.to\}\) CREATE \(a\)-\[r:(\w+)\]->\(b\) SET r = row\.props$")]
    private static partial Regex CreateRelationships();

    private sealed record NodeRecord(string Labels, string Id, Dictionary<string, object?> Props);

    private sealed record RelationshipRecord(string Type, (string, string) FromKey, (string, string) ToKey, Dictionary<string, object?> Props)
    {
        public string From => FromKey.Item2;
        public string To => ToKey.Item2;
    }

    private sealed class State
    {
        public Dictionary<(string, string), NodeRecord> Nodes { get; } = [];
        public List<RelationshipRecord> Relationships { get; } = [];

        public State Clone()
        {
            var copy = new State();
            foreach (var (key, node) in Nodes)
            {
                copy.Nodes[key] = node with { Props = new(node.Props) };
            }
            copy.Relationships.AddRange(Relationships.Select(r => r with { Props = new(r.Props) }));
            return copy;
        }
    }

    private sealed class Transaction(InMemoryGraphSession session, State graph, int number) : ICypherTransaction
    {
        public Task<CypherResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
        {
            session.Log.Add((number, query));
            return Task.FromResult(session.Execute(graph, query, parameters));
        }
    }
}
