namespace Graph.Cypher.Storage;

/// <summary>
/// One instance per distinct short string written to a store: section names, roles, sites, rule names and people's
/// names repeat across hundreds of thousands of records, and each writer hands in its own copy (an importer cuts a
/// fresh substring per page). Reading the log already shares them; this does the same for writes, so a graph built
/// in this process takes the memory of the same graph opened from disk. Used by the single writer only.
/// </summary>
internal sealed class StringPool
{
    // Longer strings are mostly sentences, which rarely repeat; past the entry limit (keys made from data, say) new
    // strings stay unshared instead of growing the table for as long as the store is open.
    private const int MaxLength = 64;
    private const int MaxEntries = 1 << 17;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    public string Share(string text)
    {
        if (text.Length > MaxLength)
        {
            return text;
        }
        if (_strings.TryGetValue(text, out var shared))
        {
            return shared;
        }
        if (_strings.Count < MaxEntries)
        {
            _strings.Add(text);
        }
        return text;
    }
}
