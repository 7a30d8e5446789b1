using System.Collections.Concurrent;
using Graph.Cypher.Procedures;

namespace Graph.Cypher.Planning;

/// <summary>
/// Prepared statements by query text, bounded: when full it starts over (parameterized statements repeat,
/// so the working set refills at once). Plans do not depend on the data or the indexes, so they never go stale; they do
/// depend on the procedures, which is why the cache holds one registry that never changes.
/// </summary>
internal sealed class PlanCache(int capacity, ProcedureRegistry? procedures = null)
{
    private readonly ConcurrentDictionary<string, PreparedQuery> _plans = new(StringComparer.Ordinal);

    public int Count => _plans.Count;

    public PreparedQuery Get(string text)
    {
        if (_plans.TryGetValue(text, out var cached))
        {
            return cached;
        }
        var prepared = QueryPlanner.Prepare(text, procedures);
        if (_plans.Count >= capacity)
        {
            _plans.Clear();
        }
        _plans[text] = prepared;
        return prepared;
    }
}
