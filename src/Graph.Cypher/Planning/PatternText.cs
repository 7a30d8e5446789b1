using System.Text;
using Graph.Cypher.Ast;

namespace Graph.Cypher.Planning;

/// <summary>Renders a pattern back to text for EXPLAIN.</summary>
internal static class PatternText
{
    public static string Of(PathPattern pattern)
    {
        var text = new StringBuilder();
        if (pattern.PathVariable is not null)
        {
            text.Append(pattern.PathVariable).Append(" = ");
        }
        Node(text, pattern.Start);
        foreach (var step in pattern.Steps)
        {
            var relationship = step.Relationship;
            text.Append(relationship.Direction == RelationshipDirection.Incoming ? "<-[" : "-[");
            text.Append(relationship.Variable);
            if (relationship.Types.Count > 0)
            {
                text.Append(':').Append(string.Join("|", relationship.Types));
            }
            if (relationship.Length is { } length)
            {
                text.Append('*').Append(length.Min).Append("..").Append(length.Max);
            }
            text.Append(relationship.Direction == RelationshipDirection.Outgoing ? "]->" : "]-");
            Node(text, step.Node);
        }
        return text.ToString();
    }

    private static void Node(StringBuilder text, NodePattern node)
    {
        text.Append('(').Append(node.Variable);
        foreach (var label in node.Labels)
        {
            text.Append(':').Append(label);
        }
        if (node.Properties is not null)
        {
            text.Append(' ').Append(ExpressionText.Of(node.Properties));
        }
        text.Append(')');
    }
}
