using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// Builds a path value from the slots of a pattern's nodes and relationships (single or var-length lists),
/// in the written order, walking from the first node so intermediate nodes of var-length steps are found.
/// </summary>
internal sealed class NamedPath(Operator input, int slot, string variable, int startSlot, int[] relationshipSlots) : Operator(input)
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        foreach (var row in InputRows(context, argument))
        {
            var output = (object?[])row.Clone();
            output[slot] = Build(row, context.View);
            yield return output;
        }
    }

    private PathValue? Build(object?[] row, GraphSnapshot view)
    {
        if (row[startSlot] is not NodeRef start)
        {
            return null;
        }
        var nodes = new List<long> { start.Id };
        var relationships = new List<long>();
        foreach (var relationshipSlot in relationshipSlots)
        {
            switch (row[relationshipSlot])
            {
                case RelationshipRef single:
                    Step(single.Id);
                    break;
                case IReadOnlyList<object?> list:
                    foreach (var item in list)
                    {
                        Step(((RelationshipRef)item!).Id);
                    }
                    break;
                default:
                    return null;
            }
        }
        return new PathValue(nodes, relationships);

        void Step(long id)
        {
            var record = view.GetRelationship(id);
            relationships.Add(id);
            nodes.Add(record?.OtherEnd(nodes[^1]) ?? nodes[^1]);
        }
    }

    public override string Describe(GraphSnapshot snapshot) => $"ProjectPath({variable})";
}
