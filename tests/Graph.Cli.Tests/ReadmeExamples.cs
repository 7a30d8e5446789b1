using System.Text;
using System.Text.RegularExpressions;
using Graph.Testing;

namespace Graph.Cli.Tests;

/// <summary>
/// The runnable examples of README.md: every ```graphql, ```cypher and ```bash block, with the claim written in the
/// comment right above it, <c>&lt;!-- example: contains "…", "…" --&gt;</c>, or why it is not run here,
/// <c>&lt;!-- example: not run here (…) --&gt;</c>. A block without one is an example nobody checks.
/// </summary>
internal sealed partial record ReadmeExample(int Line, string Language, string Code, IReadOnlyList<string> Claims, string? NotRunBecause)
{
    public override string ToString() => $"README.md line {Line} ({Language})";

    public static IReadOnlyList<ReadmeExample> All()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));
        var examples = new List<ReadmeExample>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (Fence().Match(lines[i]) is not { Success: true } fence || fence.Groups["language"].Value is not ("graphql" or "cypher" or "bash"))
            {
                continue;
            }
            var start = i;
            var code = new StringBuilder();
            for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
            {
                code.AppendLine(lines[i]);
            }
            var note = Enumerable.Range(1, 2).Select(back => start - back).Where(at => at >= 0).Select(at => Note().Match(lines[at])).FirstOrDefault(m => m.Success);
            var claims = note?.Groups["claims"].Success == true ? Claim().Matches(note.Groups["claims"].Value).Select(m => m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal)).ToList() : [];
            var notRun = note?.Groups["reason"].Success == true ? note.Groups["reason"].Value : null;
            examples.Add(new ReadmeExample(start + 1, fence.Groups["language"].Value, code.ToString(), claims, notRun));
        }
        return examples;
    }

    /// <summary>The `graph` commands of a bash block, as argument lists (after `dotnet run --project src/Graph.Cli --` or `graph`).</summary>
    public IEnumerable<string[]> GraphCommands() => Code.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(ShellWords)
        .Select(words => words is ["dotnet", "run", "--project", "src/Graph.Cli", "--", .. var rest] ? rest : words is ["graph", .. var args] ? args : null)
        .OfType<string[]>();

    /// <summary>The parameters a Cypher block names in its comments, as Neo4j Browser's <c>:param name => value</c>.</summary>
    public IEnumerable<string> CypherParameters() => CypherParameter().Matches(Code).Select(m => $"{m.Groups["name"].Value}={m.Groups["value"].Value.Trim()}");

    // Words as a POSIX shell splits them, for the quoting README commands use: '…', "…" and backslash escapes.
    private static string[] ShellWords(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else if (c == '\\' && q == '"' && i + 1 < line.Length && line[i + 1] is '"' or '\\' or '$')
                {
                    word.Append(line[++i]);
                }
                else
                {
                    word.Append(c);
                }
                continue;
            }
            if (c == '#' && !inWord)
            {
                break; // a comment, to the end of the line
            }
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
                continue;
            }
            inWord = true;
            if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '\\' && i + 1 < line.Length)
            {
                word.Append(line[++i]);
            }
            else
            {
                word.Append(c);
            }
        }
        if (inWord)
        {
            words.Add(word.ToString());
        }
        return [.. words];
    }

    [GeneratedRegex(@"^```(?<language>\w+)\s*$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^<!-- example: (?:contains (?<claims>.+?)|not run here \((?<reason>.+)\)) -->\s*$")]
    private static partial Regex Note();

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex Claim();

    [GeneratedRegex(@":param (?<name>\w+) => (?<value>.+)$", RegexOptions.Multiline)]
    private static partial Regex CypherParameter();
}
