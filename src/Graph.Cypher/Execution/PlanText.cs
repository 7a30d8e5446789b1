using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Operators;
using Graph.Cypher.Planning;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution;

/// <summary>
/// EXPLAIN: the plan as indented text lines, root first; nested plans (Optional, Merge) indented below their operator.
/// Subquery expressions run inside whichever operator evaluates them, so their plans follow, in query order, each under
/// a Subquery(kind, line, column) line.
/// </summary>
internal static class PlanText
{
    public static List<string> Lines(PreparedQuery query, GraphSnapshot snapshot)
    {
        var lines = new List<string>();
        switch (query.Statement)
        {
            case CreateIndexStatement create:
                lines.Add($"{(create.Unique ? "CreateConstraint" : "CreateIndex")}(:{create.Label} {{{create.Property}}})");
                return lines;
            case CreateFullTextIndexStatement fullText:
                lines.Add($"CreateFullTextIndex({fullText.Name}) (not built by the embedded engine)");
                return lines;
            case DropIndexStatement drop:
                lines.Add($"{(drop.IsConstraint ? "DropConstraint" : "DropIndex")}({drop.Name})");
                return lines;
            case ShowIndexesStatement:
                lines.Add("ShowIndexes");
                return lines;
        }
        var depth = 0;
        if (query.Parts.Count > 1)
        {
            lines.Add(query.UnionDistinct ? "Distinct" : "Union");
            depth = 1;
        }
        foreach (var part in query.Parts)
        {
            lines.Add(Indent(depth) + $"ProduceResults({string.Join(", ", part.Columns)})");
            Append(part.Root, depth + 1, snapshot, lines);
        }
        foreach (var subquery in query.Subqueries.OrderBy(subquery => subquery.Position.Offset))
        {
            lines.Add($"Subquery({subquery.Kind}, line {subquery.Position.Line}, column {subquery.Position.Column})");
            Append(subquery.Root, 1, snapshot, lines);
        }
        return lines;
    }

    private static void Append(Operator? op, int depth, GraphSnapshot snapshot, List<string> lines)
    {
        while (op is not null)
        {
            lines.Add(Indent(depth) + op.Describe(snapshot));
            foreach (var nested in op.Nested)
            {
                Append(nested, depth + 1, snapshot, lines);
            }
            op = op.Input;
        }
    }

    private static string Indent(int depth) => new(' ', depth * 2);
}
