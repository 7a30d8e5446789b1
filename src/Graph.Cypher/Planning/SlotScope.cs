namespace Graph.Cypher.Planning;

/// <summary>
/// The variables visible at a point of the query and the row slot each lives in. Immutable: a new scope
/// is made when a clause binds variables. Hidden names (anonymous pattern parts) never clash with user names.
/// </summary>
internal sealed class SlotScope
{
    private const string HiddenPrefix = "  ";
    private readonly Dictionary<string, int> _slots;

    private SlotScope(Dictionary<string, int> slots) => _slots = slots;

    public static SlotScope Empty { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal));

    public static string HiddenName(int slot) => HiddenPrefix + slot;

    public static bool IsHidden(string name) => name.StartsWith(HiddenPrefix, StringComparison.Ordinal);

    public bool TryGet(string name, out int slot) => _slots.TryGetValue(name, out slot);

    public bool Contains(string name) => _slots.ContainsKey(name);

    public SlotScope With(string name, int slot) => new(new Dictionary<string, int>(_slots, StringComparer.Ordinal) { [name] = slot });

    public SlotScope WithAll(IEnumerable<KeyValuePair<string, int>> entries)
    {
        var slots = new Dictionary<string, int>(_slots, StringComparer.Ordinal);
        foreach (var (name, slot) in entries)
        {
            slots[name] = slot;
        }
        return new SlotScope(slots);
    }

    /// <summary>User-visible variables, sorted by name (the columns of RETURN *).</summary>
    public IEnumerable<string> VisibleNames => _slots.Keys.Where(name => !IsHidden(name)).Order(StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<string, int>> Entries => _slots;
}
