using System.Text;
using Graph.Core.Cypher;
using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Values;

namespace Graph.Cypher.Execution.Writes;

/// <summary>
/// Creates the nodes and then the relationships of CREATE or MERGE patterns for one row, writing them into
/// the row's slots. MERGE forbids null property values (RejectNulls): it could never match them again.
/// </summary>
internal sealed class EntityCreator(IReadOnlyList<CreateNodeSpec> nodes, IReadOnlyList<CreateRelationshipSpec> relationships, bool rejectNulls)
{
    public IReadOnlyList<CreateNodeSpec> Nodes => nodes;

    public IReadOnlyList<CreateRelationshipSpec> Relationships => relationships;

    public void Create(object?[] row, QueryContext context)
    {
        var transaction = context.Transaction;
        foreach (var node in nodes)
        {
            if (node.Bound)
            {
                continue;
            }
            var properties = Properties(node.Properties, row, context, node.Position, () => Describe(node.Labels, row, context, node.Properties));
            var record = transaction.CreateNode(node.Labels, properties);
            row[node.Slot] = new NodeRef(record.Id);
            context.Counters.NodesCreated++;
            context.Counters.LabelsAdded += record.Labels.Length;
            context.Counters.PropertiesSet += properties.Count;
        }
        foreach (var relationship in relationships)
        {
            var from = EndNode(row, relationship.FromSlot, relationship.FromVariable, relationship);
            var to = EndNode(row, relationship.ToSlot, relationship.ToVariable, relationship);
            var properties = Properties(relationship.Properties, row, context, relationship.Position, () => $"[:{relationship.Type}]");
            var (start, end) = relationship.Incoming ? (to, from) : (from, to);
            var record = transaction.CreateRelationship(start, end, relationship.Type, properties);
            row[relationship.Slot] = new RelationshipRef(record.Id);
            context.Counters.RelationshipsCreated++;
            context.Counters.PropertiesSet += properties.Count;
        }
    }

    private Dictionary<string, object> Properties(Evaluator? evaluator, object?[] row, QueryContext context, Ast.Position position, Func<string> describe)
    {
        if (evaluator is null)
        {
            return [];
        }
        var value = evaluator(row, context);
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            throw RuntimeErrors.Expected("Map", value, position);
        }
        if (rejectNulls)
        {
            foreach (var (key, item) in map)
            {
                if (item is null)
                {
                    throw RuntimeErrors.Semantic($"Cannot merge the following node because of null property value for '{key}': {describe()}", position);
                }
            }
        }
        return PropertyWrites.StorableMap(map, position);
    }

    private static string Describe(IReadOnlyList<string> labels, object?[] row, QueryContext context, Evaluator? properties)
    {
        var text = new StringBuilder("(");
        foreach (var label in labels)
        {
            text.Append(':').Append(label);
        }
        if (properties?.Invoke(row, context) is IReadOnlyDictionary<string, object?> map)
        {
            text.Append(' ').Append(CypherValueText.Literal(map));
        }
        return text.Append(')').ToString();
    }

    private static long EndNode(object?[] row, int slot, string variable, CreateRelationshipSpec relationship)
    {
        return row[slot] switch
        {
            NodeRef node => node.Id,
            null => throw RuntimeErrors.Semantic(
                $"Failed to create relationship `{relationship.Variable}`, node `{variable}` is missing. If you prefer to simply ignore rows where a relationship node is missing, filter them out first.",
                relationship.Position),
            var other => throw RuntimeErrors.Expected("Node", other, relationship.Position),
        };
    }
}
