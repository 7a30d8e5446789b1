namespace Graph.Cypher.Tests.Execution;

/// <summary>
/// One case of a .cases file: setup statements, a query, and either the expected table or an expected error.
/// Format (see Cases/README.md):
/// <code>
/// # case: title
/// CREATE (:A {x: 1})        (setup, optional, ends at ----)
/// ----
/// MATCH (n:A) RETURN n.x AS x
/// ⇶
/// x
/// 1
/// </code>
/// </summary>
internal sealed record CypherCase(string File, int Line, string Title, IReadOnlyList<string> Setup, string Query, IReadOnlyList<string> Expected)
{
    public string Id => $"{File}:{Line}";

    public override string ToString() => $"{Id} {Title}";

    public static IReadOnlyList<CypherCase> Load(string path)
    {
        var file = Path.GetFileName(path);
        var lines = System.IO.File.ReadAllLines(path);
        var cases = new List<CypherCase>();
        var i = 0;
        while (i < lines.Length)
        {
            if (!lines[i].StartsWith("# case:", StringComparison.Ordinal))
            {
                i++;
                continue;
            }
            var start = i + 1;
            var title = lines[i]["# case:".Length..].Trim();
            i++;
            var body = new List<string>();
            while (i < lines.Length && lines[i] != "⇶")
            {
                body.Add(lines[i]);
                i++;
            }
            if (i >= lines.Length)
            {
                throw new FormatException($"{file}:{start}: case '{title}' has no ⇶ line");
            }
            i++;
            var expected = new List<string>();
            while (i < lines.Length && !lines[i].StartsWith("# case:", StringComparison.Ordinal))
            {
                expected.Add(lines[i]);
                i++;
            }
            while (expected.Count > 0 && string.IsNullOrWhiteSpace(expected[^1]))
            {
                expected.RemoveAt(expected.Count - 1);
            }
            var separator = body.IndexOf("----");
            var setup = separator < 0 ? [] : Graph.Core.Cypher.CypherScript.Split(string.Join("\n", body.Take(separator)));
            var query = string.Join("\n", separator < 0 ? body : body.Skip(separator + 1)).Trim();
            cases.Add(new CypherCase(file, start, title, setup, query, expected));
        }
        return cases;
    }
}
