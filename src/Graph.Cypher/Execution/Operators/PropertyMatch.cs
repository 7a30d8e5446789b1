using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Whether stored properties match a pattern's property map: every key equal (a null value matches nothing).</summary>
internal static class PropertyMatch
{
    public static bool Matches(PropertyDictionary stored, IReadOnlyDictionary<string, object?> wanted)
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
