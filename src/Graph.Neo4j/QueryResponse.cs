using System.Globalization;
using System.Net;
using System.Text.Json;
using Graph.Core.Cypher;

namespace Graph.Neo4j;

/// <summary>
/// A successful Query API answer: the rows, the bookmarks after it, and for explicit transactions the
/// transaction's id, expiry and the cluster-affinity header every later request in it must send back.
/// </summary>
internal sealed record QueryResponse(
    CypherResult Result,
    IReadOnlyList<string> Bookmarks,
    string? TransactionId = null,
    DateTimeOffset? Expires = null,
    string? ClusterAffinity = null)
{
    /// <summary>
    /// Reads a response body. Errors reported in it (whatever the HTTP status: Neo4j sends 202 before it knows
    /// the outcome) become <see cref="CypherException"/>s; so do HTTP failures without a Neo4j error.
    /// </summary>
    public static QueryResponse Parse(byte[] body, HttpStatusCode status, string request, string? clusterAffinity)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException) when (!IsSuccess(status))
        {
            throw Neo4jErrors.FromHttpStatus(status, request, System.Text.Encoding.UTF8.GetString(body));
        }
        catch (JsonException e)
        {
            throw body.Length == 0 ? Neo4jErrors.Malformed(request, status, "empty body") : Neo4jErrors.Malformed(request, status, e.Message);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw IsSuccess(status)
                    ? Neo4jErrors.Malformed(request, status, "the body is not a JSON object")
                    : Neo4jErrors.FromHttpStatus(status, request, root.GetRawText());
            }
            if (root.TryGetProperty("errors", out var errors) && Neo4jErrors.FromErrorsArray(errors, status, request) is { } error)
            {
                throw error;
            }
            if (!IsSuccess(status))
            {
                throw Neo4jErrors.FromHttpStatus(status, request, root.GetRawText());
            }
            var (id, expires) = ReadTransaction(root);
            return new QueryResponse(ReadResult(root, request, status), ReadBookmarks(root), id, expires, clusterAffinity);
        }
    }

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;

    private static CypherResult ReadResult(JsonElement root, string request, HttpStatusCode status)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            // Commit and rollback answer without data.
            return CypherResult.Empty with { Counters = ReadCounters(root) };
        }
        var columns = new List<string>();
        if (data.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Array)
        {
            foreach (var field in fields.EnumerateArray())
            {
                columns.Add(field.GetString() ?? throw Neo4jErrors.Malformed(request, status, "a field name that is not a string"));
            }
        }
        var rows = new List<IReadOnlyList<object?>>();
        if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            var rowIndex = 0;
            foreach (var row in values.EnumerateArray())
            {
                if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() != columns.Count)
                {
                    throw Neo4jErrors.Malformed(request, status, $"data.values[{rowIndex}] should be an array of {columns.Count} values");
                }
                var cells = new object?[columns.Count];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = Neo4jValueReader.Read(row[i], $"data.values[{rowIndex}][{i}]");
                }
                rows.Add(cells);
                rowIndex++;
            }
        }
        return new CypherResult(columns, rows) { Counters = ReadCounters(root) };
    }

    private static CypherCounters ReadCounters(JsonElement root)
    {
        if (!root.TryGetProperty("counters", out var counters) || counters.ValueKind != JsonValueKind.Object)
        {
            return CypherCounters.None;
        }
        int Count(string name) => counters.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : 0;
        return new CypherCounters(
            Count("nodesCreated"),
            Count("nodesDeleted"),
            Count("relationshipsCreated"),
            Count("relationshipsDeleted"),
            Count("propertiesSet"),
            Count("labelsAdded"),
            Count("labelsRemoved"));
    }

    private static List<string> ReadBookmarks(JsonElement root)
    {
        var bookmarks = new List<string>();
        if (root.TryGetProperty("bookmarks", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var bookmark in array.EnumerateArray())
            {
                if (bookmark.ValueKind == JsonValueKind.String)
                {
                    bookmarks.Add(bookmark.GetString()!);
                }
            }
        }
        return bookmarks;
    }

    private static (string? Id, DateTimeOffset? Expires) ReadTransaction(JsonElement root)
    {
        if (!root.TryGetProperty("transaction", out var transaction) || transaction.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }
        var id = transaction.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
        DateTimeOffset? expires = transaction.TryGetProperty("expires", out var expiresElement)
            && expiresElement.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(expiresElement.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : null;
        return (id, expires);
    }
}
