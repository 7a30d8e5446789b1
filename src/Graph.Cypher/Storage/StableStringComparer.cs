namespace Graph.Cypher.Storage;

/// <summary>
/// Ordinal string equality with a hash that does not change between processes (FNV-1a), so property maps
/// built on it enumerate their keys in the same order on every run.
/// </summary>
internal sealed class StableStringComparer : IEqualityComparer<string>
{
    public static StableStringComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    public int GetHashCode(string obj)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in obj)
            {
                hash = (hash ^ c) * 16777619u;
            }
            return (int)hash;
        }
    }
}
