using System.Collections.Immutable;
using Graph.Cypher.Execution.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Whether stored properties match a pattern's property map: every key equal (a null value matches nothing).</summary>
internal static class PropertyMatch
{
    public static bool Matches(ImmutableDictionary<string, object> stored, IReadOnlyDictionary<string, object?> wanted)
    {
        foreach (var (key, value) in wanted)
        {
            if (!stored.TryGetValue(key, out var actual) || ValueEquality.Equal(ValueConversion.FromStored(actual), value) != true)
            {
                return false;
            }
        }
        return true;
    }
}
