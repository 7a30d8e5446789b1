using Graph.Cypher.Ast;

namespace Graph.Cypher.Planning;

/// <summary>The slot of every node and relationship pattern of a MATCH or MERGE (anonymous ones included), by reference.</summary>
internal sealed class PatternLayout
{
    private readonly Dictionary<object, (int Slot, string Name)> _elements = new(ReferenceEqualityComparer.Instance);

    public void Add(object element, int slot, string name) => _elements[element] = (slot, name);

    public int SlotOf(object element) => _elements[element].Slot;

    public string NameOf(object element) => _elements[element].Name;
}
