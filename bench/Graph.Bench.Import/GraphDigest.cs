using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Graph.Core.Cypher;
using Graph.Cypher;
using Graph.Cypher.Storage;
using Graph.Import;

namespace Graph.Bench.Import;

/// <summary>
/// The graph a synthetic wiki imports to, as one hash over every node and relationship (sorted, so statement
/// order does not matter): an optimisation that changes the hash changed what the import writes.
/// </summary>
internal static class GraphDigest
{
    public static async Task<string> OfSyntheticWikiAsync(int pages, int seed)
    {
        var root = Path.Combine(Path.GetTempPath(), $"graph-bench-digest-{Environment.ProcessId}");
        try
        {
            var wiki = Path.Combine(root, "wiki");
            new SyntheticWiki(pages, seed).WriteTo(wiki);
            var (failed, digest) = await OfFreshImportAsync(wiki).ConfigureAwait(false);
            return $"{pages} pages, {failed} failed, {digest}";
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The digest of the graph a first import of <paramref name="wiki"/> builds, in memory.</summary>
    public static async Task<(int Failed, string Digest)> OfFreshImportAsync(string wiki)
    {
        var session = EmbeddedCypherSession.Over(GraphStore.Open(null));
        await using (session.ConfigureAwait(false))
        {
            await GraphSchema.ApplyAsync(session).ConfigureAwait(false);
            var report = await new WikiImporter(session, Vocabulary.Discover(wiki)).ImportDirectoryAsync(wiki).ConfigureAwait(false);
            return (report.Failed, await OfAsync(session).ConfigureAwait(false));
        }
    }

    /// <summary>"N nodes, N relationships, digest H" of the graph behind <paramref name="session"/>.</summary>
    public static async Task<string> OfAsync(ICypherSession session)
    {
        // A Source's importKey is bookkeeping (a hash of what its page's facts depend on), not a fact: a change to how
        // keys are computed must not read as a change to the graph.
        var nodes = await LinesAsync(session, "MATCH (n) RETURN labels(n) AS labels, n {.*, importKey: null} AS props").ConfigureAwait(false);
        var relationships = await LinesAsync(session, "MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props").ConfigureAwait(false);
        var text = string.Join('\n', nodes.Concat(relationships));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        return $"{nodes.Count} nodes, {relationships.Count} relationships, digest {hash}";
    }

    private static async Task<List<string>> LinesAsync(ICypherSession session, string query)
    {
        var result = await session.RunAsync(query, null, CypherAccessMode.Read).ConfigureAwait(false);
        return result.Records().Select(record => JsonSerializer.Serialize(Sorted(record))).Order(StringComparer.Ordinal).ToList();
    }

    private static object? Sorted(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => new SortedDictionary<string, object?>(map.ToDictionary(p => p.Key, p => Sorted(p.Value)), StringComparer.Ordinal),
        IEnumerable<object?> list => list.Select(Sorted).ToList(),
        _ => value,
    };
}
