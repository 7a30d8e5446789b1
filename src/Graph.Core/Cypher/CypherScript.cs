using System.Text;

namespace Graph.Core.Cypher;

/// <summary>
/// Splits a Cypher script (like cypher/schema.cypher) into statements at top-level semicolons,
/// dropping // and /* */ comments; semicolons inside strings or backquoted names do not split.
/// </summary>
public static class CypherScript
{
    public static IReadOnlyList<string> Split(string script)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            if (c is '\'' or '"' or '`')
            {
                i = CopyQuoted(script, i, current);
                continue;
            }
            if (c == '/' && i + 1 < script.Length && script[i + 1] == '/')
            {
                while (i < script.Length && script[i] != '\n')
                {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < script.Length && script[i + 1] == '*')
            {
                var end = script.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? script.Length : end + 2;
                current.Append(' ');
                continue;
            }
            if (c == ';')
            {
                Flush(current, statements);
                i++;
                continue;
            }
            current.Append(c);
            i++;
        }
        Flush(current, statements);
        return statements;
    }

    private static int CopyQuoted(string script, int start, StringBuilder into)
    {
        var quote = script[start];
        into.Append(quote);
        var i = start + 1;
        while (i < script.Length)
        {
            var c = script[i];
            into.Append(c);
            i++;
            if (c == '\\' && quote != '`' && i < script.Length)
            {
                into.Append(script[i]);
                i++;
            }
            else if (c == quote)
            {
                break;
            }
        }
        return i;
    }

    private static void Flush(StringBuilder current, List<string> statements)
    {
        var text = current.ToString().Trim();
        if (text.Length > 0)
        {
            statements.Add(text);
        }
        current.Clear();
    }
}
