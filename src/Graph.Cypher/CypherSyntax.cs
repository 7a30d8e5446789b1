using Graph.Core.Cypher;
using Graph.Cypher.Planning;

namespace Graph.Cypher;

/// <summary>Checks a statement without running it: syntax, semantics (variables, aggregation) and supported features.</summary>
public static class CypherSyntax
{
    /// <summary>True when the embedded engine accepts the statement; otherwise the error, with line and column where known.</summary>
    public static bool TryParse(string query, out CypherException? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            QueryPlanner.Prepare(query);
            error = null;
            return true;
        }
        catch (CypherException e)
        {
            error = e;
            return false;
        }
    }

    /// <summary>Whether the statement writes (CREATE, MERGE, SET, REMOVE, DELETE, schema commands). Throws on invalid input.</summary>
    public static bool IsWrite(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return QueryPlanner.Prepare(query).IsWrite;
    }
}
