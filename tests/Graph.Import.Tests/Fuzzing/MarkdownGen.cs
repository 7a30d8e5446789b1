using System.Text;
using CsCheck;

namespace Graph.Import.Tests.Fuzzing;

/// <summary>
/// Wiki pages assembled from fragments real notes use (and misuse): front matter, valid and broken, headings,
/// known section names, nested lists, quotes, links, emphasis, unclosed fences, tables, HTML, very long lines,
/// unicode, NUL and control characters; then mixed line endings, an optional BOM or UTF-16, and random edits.
/// </summary>
internal static class MarkdownGen
{
    private static readonly string[] Fragments =
    [
        "# The AI Paradox", "# ", "#", "Title\n=====", "Sign in\nListen\n--", "## Key Takeaways", "## Related", "## Why it matters",
        "### 1. Evaluations belong in the build", "Key takeaways", "**1. Evaluations belong in the build**", "## Key takeaways - **A**: one - **B**: two",
        "Source: episodes/show.md (example.com) — Lenny’s Podcast interview with Dan Shipper, CEO of Every.",
        "- **Every agent needs a human who cares about it.** Shipper: “Every agent needs a human.”",
        "- Codex and the New Shape of Product Work — Andrew Ambrosino (Lenny’s Podcast)",
        "- item\n  - nested\n    - deeper\n      1. numbered\n         > quoted", "1. 1:29 – 4:29\n    Title\n    What it covers",
        "* star\n+ plus\n-\n- ", "(00:00) Intro\n(04:10) Why evals belong in the build",
        "> Andrej Karpathy: software is changing\n>> again", "[Codex](https://openai.com/codex) and [[Claude Code]] and <https://x.y>",
        "**bold *nested* bold**", "*unclosed emphasis", "__a__ ~~b~~ `code` ``` `", "```python\nprint('unclosed fence')",
        "```\nclosed\n```", "    indented code or prose", "| Thesis | Person |\n|---|---|\n| taste is the bottleneck | Dan Shipper |",
        "| a |\n|-", "<div class=\"x\">html <b>block</b>", "<!-- comment never closed", "&amp; &#x1F600; &bogus;", "Te**ams** and Boris Cher*ny*",
        "Dan Shipper holds that taste is the bottleneck.", "Boris Cherny (Anthropic) builds Claude Code.", "é日本語 عربى \uD83D\uDE00 \u200B\u202E",
        "\u0000", "\u0001\u0007\u001B[31m", "\uFEFF", "\uD800", "\t\t- tab list", "\\", "---", "***", "___",
    ];

    private static readonly string[] FrontMatters =
    [
        "---\ntitle: The AI Paradox\ntags: [ai, agents]\nshow: Lenny’s Podcast\n---",
        "---\ntitle: [The AI Paradox\n---", "---\ntitle: The AI Paradox\n", "---\n---", "---\n: :\n---", "---\ntitle: &a x\nalias: *b\n---",
        "---\ntitle:\n  - a\n  - b\naliases: {x: 1}\ndate: 2025-13-45\n---", "---\n\ttitle: tab\n---", "---\ntitle: \"unterminated\n---",
        "---\ntags: !!binary AAAA\n---", "---\nshow: [1, 2]\nguests: {a}\n---", "--- \ntitle: spaced\n---",
    ];

    private static readonly Gen<string> Fragment = Gen.Frequency<string>(
        (30, Gen.OneOf(Fragments)),
        (3, Gen.String[Gen.Char, 0, 40]),
        (1, Gen.Int[1, 12].Select(n => new string('x', n * 10_000))),
        (1, Gen.Int[1, 80].Select(n => string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', 2 * i) + "- level\n")))),
        (1, Gen.Int[1, 200].Select(n => new string('>', n) + " deep")),
        (1, Gen.Int[1, 300].Select(n => string.Concat(Enumerable.Repeat("*a ", n)) + string.Concat(Enumerable.Repeat("a* ", n)))));

    private static readonly Gen<string> Text =
        Gen.Select(Gen.Int[0, 4].SelectMany(i => i == 0 ? Gen.OneOf(FrontMatters) : Gen.Const("")), Fragment.Array[0, 25], Gen.OneOf("\n", "\n\n", "\n\n\n"))
            .Select((front, parts, gap) => (front.Length > 0 ? front + "\n" : "") + string.Join(gap, parts) + "\n");

    private enum Encoding8Or16 { Utf8, Utf8Bom, Utf16Bom, Utf16BigEndianBom }

    private enum Edit { None, Delete, Duplicate, InsertChar }

    /// <summary>A page's bytes as they would sit on disk.</summary>
    public static readonly Gen<byte[]> Page =
        Gen.Select(Text, Gen.OneOf("\n", "\n", "\r\n", "\r"), Gen.Select(Gen.Enum<Edit>(), Gen.Int, Gen.Int, Gen.Char).Array[0, 3], Gen.Enum<Encoding8Or16>())
            .Select((text, newline, edits, encoding) => Encode(Mutate(text, edits).Replace("\n", newline, StringComparison.Ordinal), encoding));

    private static string Mutate(string text, (Edit Edit, int A, int B, char C)[] edits)
    {
        var builder = new StringBuilder(text);
        foreach (var (edit, a, b, c) in edits)
        {
            if (builder.Length == 0)
            {
                break;
            }
            var at = (int)((uint)a % builder.Length);
            var length = (int)((uint)b % Math.Min(64, builder.Length - at)) + 1;
            switch (edit)
            {
                case Edit.Delete:
                    builder.Remove(at, Math.Min(length, builder.Length - at));
                    break;
                case Edit.Duplicate:
                    builder.Insert(at, builder.ToString(at, Math.Min(length, builder.Length - at)));
                    break;
                case Edit.InsertChar:
                    builder.Insert(at, c);
                    break;
            }
        }
        return builder.ToString();
    }

    private static byte[] Encode(string text, Encoding8Or16 encoding) => encoding switch
    {
        Encoding8Or16.Utf8Bom => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        Encoding8Or16.Utf16Bom => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        Encoding8Or16.Utf16BigEndianBom => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => Encoding.UTF8.GetBytes(text),
    };
}
