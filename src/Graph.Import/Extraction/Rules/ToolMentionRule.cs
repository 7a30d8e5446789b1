using System.Text.RegularExpressions;
using Graph.Core.Model;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// Every declared tool the page names (anywhere, Source line included): the source MENTIONS it, evidenced by the
/// first sentence naming it. A tool's name used to label a source ("the Codex episode", "the Codex note") names
/// that source, not the tool.
/// </summary>
internal sealed partial class ToolMentionRule : IExtractionRule
{
    private static readonly HashSet<string> SourceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "episode", "episodes", "note", "notes", "page", "talk", "interview", "essay", "post", "podcast",
    };

    public void Apply(PageContext context)
    {
        foreach (var (section, block) in context.Blocks())
        {
            foreach (var mention in context.Mentions(block.Text))
            {
                // "Gemini 2.5" is a versioned tool of its own (ToolShapeRule), not a mention of Gemini.
                if (mention.Entry.Kind != EntityKind.Tool || !MentionCase.IsWritten(block.Text, mention) || NamesASource(block.Text, mention.Start + mention.Length)
                    || ToolShapeRule.VersionFollows(block.Text, mention.End) || NamesAFile(block.Text, mention.End))
                {
                    continue;
                }
                context.MentionOnce(context.Tool(mention.Entry), block.Kind == Parsing.BlockKind.SourceLine ? "Source" : section.Name, block, mention.Start);
            }
        }
    }

    // "Claude.md", "Cursor.json": a file named after the tool is the file, not the tool.
    private static bool NamesAFile(string text, int end) => end < text.Length && text[end] == '.' && FileExtension().IsMatch(text.AsSpan(end));

    [GeneratedRegex(@"^\.(?:md|MD|json|txt|ya?ml|toml|py|ts|js)\b")]
    private static partial Regex FileExtension();

    private static bool NamesASource(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        var word = 0;
        while (word < rest.Length && char.IsLetter(rest[word]))
        {
            word++;
        }
        return end < text.Length && text[end] == ' ' && SourceWords.Contains(rest[..word].ToString());
    }
}
