using System.Text;
using Graph.Core.Cypher;

namespace Graph.Cypher.Ast;

/// <summary>Renders an expression back to Cypher text (for EXPLAIN, and to match ORDER BY items to projected ones).</summary>
internal static class ExpressionText
{
    public static string Of(Expression expression)
    {
        var text = new StringBuilder();
        Append(text, expression);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Expression expression)
    {
        switch (expression)
        {
            case Literal literal:
                text.Append(literal.Value is string s ? "'" + s.Replace("'", "\\'", StringComparison.Ordinal) + "'" : CypherValueText.Literal(literal.Value));
                break;
            case Parameter parameter:
                text.Append('$').Append(parameter.Name);
                break;
            case Variable variable:
                text.Append(variable.Name);
                break;
            case PropertyAccess property:
                Append(text, property.Target);
                text.Append('.').Append(property.Key);
                break;
            case ListLiteral list:
                text.Append('[');
                Join(text, list.Items);
                text.Append(']');
                break;
            case MapLiteral map:
                text.Append('{');
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    text.Append(i == 0 ? "" : ", ").Append(map.Entries[i].Key).Append(": ");
                    Append(text, map.Entries[i].Value);
                }
                text.Append('}');
                break;
            case IndexAccess index:
                Append(text, index.Target);
                text.Append('[');
                Append(text, index.Index);
                text.Append(']');
                break;
            case SliceAccess slice:
                Append(text, slice.Target);
                text.Append('[');
                if (slice.From is not null)
                {
                    Append(text, slice.From);
                }
                text.Append("..");
                if (slice.To is not null)
                {
                    Append(text, slice.To);
                }
                text.Append(']');
                break;
            case BinaryExpression binary:
                text.Append('(');
                Append(text, binary.Left);
                text.Append(' ').Append(Symbol(binary.Operator)).Append(' ');
                Append(text, binary.Right);
                text.Append(')');
                break;
            case UnaryExpression unary:
                text.Append(unary.Operator switch { UnaryOperator.Not => "NOT ", UnaryOperator.Negate => "-", _ => "+" });
                Append(text, unary.Operand);
                break;
            case IsNullExpression isNull:
                Append(text, isNull.Operand);
                text.Append(isNull.Negated ? " IS NOT NULL" : " IS NULL");
                break;
            case LabelPredicate labels:
                Append(text, labels.Target);
                foreach (var label in labels.Labels)
                {
                    text.Append(':').Append(label);
                }
                break;
            case FunctionCall call:
                text.Append(call.Name).Append('(');
                if (call.Star)
                {
                    text.Append('*');
                }
                if (call.Distinct)
                {
                    text.Append("DISTINCT ");
                }
                Join(text, call.Arguments);
                text.Append(')');
                break;
            case CaseExpression caseExpression:
                text.Append("CASE");
                if (caseExpression.Test is not null)
                {
                    text.Append(' ');
                    Append(text, caseExpression.Test);
                }
                foreach (var alternative in caseExpression.Alternatives)
                {
                    text.Append(" WHEN ");
                    Append(text, alternative.When);
                    text.Append(" THEN ");
                    Append(text, alternative.Then);
                }
                if (caseExpression.Else is not null)
                {
                    text.Append(" ELSE ");
                    Append(text, caseExpression.Else);
                }
                text.Append(" END");
                break;
            case ListComprehension comprehension:
                text.Append('[').Append(comprehension.Variable).Append(" IN ");
                Append(text, comprehension.Source);
                if (comprehension.Where is not null)
                {
                    text.Append(" WHERE ");
                    Append(text, comprehension.Where);
                }
                if (comprehension.Projection is not null)
                {
                    text.Append(" | ");
                    Append(text, comprehension.Projection);
                }
                text.Append(']');
                break;
            case QuantifierExpression quantifier:
                text.Append(quantifier.Quantifier.ToString().ToLowerInvariant()).Append('(').Append(quantifier.Variable).Append(" IN ");
                Append(text, quantifier.Source);
                text.Append(" WHERE ");
                Append(text, quantifier.Where);
                text.Append(')');
                break;
            default:
                // Patterns and other forms are not rendered; the offset keeps two of them from ever looking equal.
                text.Append(expression.GetType().Name).Append('@').Append(expression.Position.Offset);
                break;
        }
    }

    private static void Join(StringBuilder text, IReadOnlyList<Expression> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }
            Append(text, items[i]);
        }
    }

    public static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "OR",
        BinaryOperator.Xor => "XOR",
        BinaryOperator.And => "AND",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "<>",
        BinaryOperator.LessThan => "<",
        BinaryOperator.GreaterThan => ">",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        BinaryOperator.Power => "^",
        BinaryOperator.In => "IN",
        BinaryOperator.StartsWith => "STARTS WITH",
        BinaryOperator.EndsWith => "ENDS WITH",
        BinaryOperator.Contains => "CONTAINS",
        BinaryOperator.RegexMatch => "=~",
        _ => op.ToString(),
    };
}
