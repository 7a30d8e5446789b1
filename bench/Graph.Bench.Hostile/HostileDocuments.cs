using System.Text;

namespace Graph.Bench.Hostile;

/// <summary>The documents of issue 14: cheap to send, ruinous to parse, validate or run without limits.</summary>
internal static class HostileDocuments
{
    public static IReadOnlyList<(string Name, string Query)> All { get; } =
    [
        ("1,000 x neighborhood(depth: 3, limit: 500)", Aliases(1_000, i => $"n{i}: neighborhood(id: \"thesis:taste-is-the-bottleneck\", depth: 3, limit: 500) {{ nodes {{ id }} edges {{ from to }} }}")),
        ("10,000 x search(first: 500)", Aliases(10_000, i => $"s{i}: search(text: \"a\", first: 500) {{ id }}")),
        ("40 doubling fragments", DoublingFragments(40)),
        ("100,000 x __typename", "{ " + string.Join(" ", Enumerable.Repeat("__typename", 100_000)) + " }"),
        // Within every size limit and close under the cost limit: what an attacker can still send.
        ("49 x neighborhood(depth: 3, limit: 500), accepted", Aliases(49, i => $"n{i}: neighborhood(id: \"thesis:taste-is-the-bottleneck\", depth: 3, limit: 500) {{ nodes {{ id }} }}")),
    ];

    private static string Aliases(int count, Func<int, string> field) => "{ " + string.Join(" ", Enumerable.Range(0, count).Select(field)) + " }";

    private static string DoublingFragments(int levels)
    {
        var document = new StringBuilder($"query {{ ...F{levels} }}\nfragment F1 on Query {{ __typename }}\n");
        for (var level = 2; level <= levels; level++)
        {
            document.Append($"fragment F{level} on Query {{ ...F{level - 1} ...F{level - 1} }}\n");
        }
        return document.ToString();
    }
}
