using Graph.Cypher.Ast;
using Graph.Cypher.Execution;

namespace Graph.Cypher.Planning;

/// <summary>
/// The variables visible at a point of the query, with the row slot each lives in and what it is known to
/// hold. Immutable: a new scope is made when a clause binds variables. Hidden names (anonymous pattern
/// parts) never clash with user names.
/// </summary>
internal sealed class SlotScope
{
    private const string HiddenPrefix = "  ";
    private readonly Dictionary<string, (int Slot, VariableKind Kind)> _variables;

    private SlotScope(Dictionary<string, (int Slot, VariableKind Kind)> variables) => _variables = variables;

    public static SlotScope Empty { get; } = new(new Dictionary<string, (int, VariableKind)>(StringComparer.Ordinal));

    public static string HiddenName(int slot) => HiddenPrefix + slot;

    /// <summary>The hidden variables a LOAD CSV binds for linenumber() and file() of the record a row came from.</summary>
    public const string LineNumberName = HiddenPrefix + "linenumber";

    /// <inheritdoc cref="LineNumberName"/>
    public const string FileName = HiddenPrefix + "file";

    /// <summary>The LOAD CSV context (see <see cref="LineNumberName"/>) of this scope, to carry past a projection.</summary>
    public IEnumerable<(string Name, int Slot, VariableKind Kind)> LoadCsvContext =>
        _variables.Where(pair => pair.Key is LineNumberName or FileName).Select(pair => (pair.Key, pair.Value.Slot, pair.Value.Kind));

    public static bool IsHidden(string name) => name.StartsWith(HiddenPrefix, StringComparison.Ordinal);

    public bool TryGet(string name, out int slot)
    {
        var found = _variables.TryGetValue(name, out var entry);
        slot = entry.Slot;
        return found;
    }

    public bool Contains(string name) => _variables.ContainsKey(name);

    public VariableKind KindOf(string name) => _variables.TryGetValue(name, out var entry) ? entry.Kind : VariableKind.Unknown;

    public SlotScope With(string name, int slot, VariableKind kind = VariableKind.Unknown) =>
        new(new Dictionary<string, (int, VariableKind)>(_variables, StringComparer.Ordinal) { [name] = (slot, kind) });

    public SlotScope WithAll(IEnumerable<(string Name, int Slot, VariableKind Kind)> entries)
    {
        var variables = new Dictionary<string, (int, VariableKind)>(_variables, StringComparer.Ordinal);
        foreach (var (name, slot, kind) in entries)
        {
            variables[name] = (slot, kind);
        }
        return new SlotScope(variables);
    }

    /// <summary>Throws a semantic error when <paramref name="name"/> is known to hold something other than <paramref name="wanted"/>.</summary>
    public void Require(string name, VariableKind wanted, Position position)
    {
        var kind = KindOf(name);
        if (kind != VariableKind.Unknown && kind != wanted)
        {
            throw RuntimeErrors.Semantic(
                $"Type mismatch: `{name}` defined with conflicting type {VariableKinds.Describe(kind)} (expected {VariableKinds.Describe(wanted)})", position);
        }
    }

    /// <summary>User-visible variables, sorted by name (the columns of RETURN *).</summary>
    public IEnumerable<string> VisibleNames => _variables.Keys.Where(name => !IsHidden(name)).Order(StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<string, int>> Entries => _variables.Select(pair => new KeyValuePair<string, int>(pair.Key, pair.Value.Slot));
}
