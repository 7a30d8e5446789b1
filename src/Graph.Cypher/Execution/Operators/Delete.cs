using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// DELETE / DETACH DELETE: gathers the targets of all rows first, then deletes relationships before nodes,
/// so <c>DELETE n, r</c> works whatever the order. A node that keeps relationships fails the statement.
/// </summary>
internal sealed class Delete(Operator input, IReadOnlyList<(Evaluator Target, Position Position)> targets, bool detach, string text) : Operator(input)
{
    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        var rows = InputRows(context, argument).ToList();
        var nodes = new List<long>();
        var relationships = new List<long>();
        foreach (var row in rows)
        {
            foreach (var (target, position) in targets)
            {
                Gather(target(row, context), position, nodes, relationships);
            }
        }
        var transaction = context.Transaction;
        if (detach)
        {
            foreach (var node in nodes)
            {
                relationships.AddRange(context.View.Relationships(node, Direction.Both).Select(relationship => relationship.Id));
            }
        }
        foreach (var id in relationships)
        {
            if (context.Relationship(id) is { } record)
            {
                context.DeletedRelationships[id] = record;
                transaction.DeleteRelationship(id);
                context.Counters.RelationshipsDeleted++;
            }
        }
        foreach (var id in nodes)
        {
            if (context.Node(id) is not null)
            {
                transaction.DeleteNode(id);
                context.DeletedNodes.Add(id);
                context.Counters.NodesDeleted++;
            }
        }
        return rows;
    }

    private static void Gather(object? value, Position position, List<long> nodes, List<long> relationships)
    {
        switch (value)
        {
            case null:
                return;
            case NodeRef node:
                nodes.Add(node.Id);
                return;
            case RelationshipRef relationship:
                relationships.Add(relationship.Id);
                return;
            case PathValue path:
                nodes.AddRange(path.Nodes);
                relationships.AddRange(path.Relationships);
                return;
            case IReadOnlyList<object?> list:
                foreach (var item in list)
                {
                    Gather(item, position, nodes, relationships);
                }
                return;
            default:
                throw RuntimeErrors.Type($"Type mismatch: expected Node, Relationship or Path but was {CypherTypeNames.Of(value)}", position);
        }
    }

    public override string Describe(GraphSnapshot snapshot) => $"{(detach ? "DetachDelete" : "Delete")}({text})";
}
