using System.Text.RegularExpressions;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// "ClawdBot (now OpenClaw)", "OpenClaw, formerly Moldbot", "renamed from Claudebot to OpenClaw": one product or
/// company under its old and new names. The new name is the entity and the old one its alias on this page, so every
/// later rule finds one node. Only names a rule would take for a product or company anyway (the vocabulary knows one of
/// them, or both have a product's shape) are joined.
/// </summary>
internal sealed partial class RenameRule : IExtractionRule
{
    public void Apply(PageContext context)
    {
        foreach (var (_, block) in context.Blocks())
        {
            if (!RenameWord().IsMatch(block.Text))
            {
                continue;
            }
            foreach (var pattern in new[] { OldThenNew(), NewThenOld() })
            {
                foreach (Match match in pattern.Matches(block.Text))
                {
                    var (oldName, newName) = (match.Groups["old"].Value, match.Groups["new"].Value);
                    if (KindOf(context, oldName, newName) is { } kind)
                    {
                        context.KnowAlias(kind, newName, oldName);
                    }
                }
            }
        }
    }

    private static EntityKind? KindOf(PageContext context, string oldName, string newName)
    {
        var known = context.Vocabulary.FindAny(newName, EntityKind.Tool, EntityKind.Organization)
            ?? context.Vocabulary.FindAny(oldName, EntityKind.Tool, EntityKind.Organization);
        if (known is not null)
        {
            return known.Kind;
        }
        return ToolShapeRule.IsProductShaped(oldName) && ToolShapeRule.IsProductShaped(newName) ? EntityKind.Tool : null;
    }

    private const string Name = @"(?!(?:The|A|An|This|That|Our|Its|Their|His|Her)\s)\p{Lu}[\p{L}\d.\-]*(?: \p{Lu}[\p{L}\d.\-]*)?";

    [GeneratedRegex(@"\b(?:now|formerly|renamed|originally|previously|rebranded)\b")]
    private static partial Regex RenameWord();

    // "ClawdBot (now OpenClaw)", "ClawdBot, now called OpenClaw", "renamed from ClawdBot to OpenClaw", "ClawdBot was renamed OpenClaw".
    [GeneratedRegex(@"(?:renamed from\s+[""“]?(?<old>" + Name + @")[""”]?\s+to\s+[""“]?(?<new>" + Name + @"))|(?<old>" + Name + @")\s*(?:\(now(?: called| known as)?\s+(?<new>" + Name + @")\)|,\s+now (?:called|known as)\s+(?<new>" + Name + @")|\s+(?:was|has been|got) (?:renamed|rebranded)(?: to| as)?\s+(?<new>" + Name + "))")]
    private static partial Regex OldThenNew();

    // "OpenClaw (formerly ClawdBot)", "OpenClaw, formerly Moldbot", "OpenClaw, originally known as Moldbot".
    [GeneratedRegex(@"(?<new>" + Name + @")\s*(?:\((?:formerly|previously|originally)(?: called| known as)?\s+(?<old>" + Name + @")\)|,\s+(?:formerly|previously|originally)(?: called| known as)?\s+(?<old>" + Name + "))")]
    private static partial Regex NewThenOld();
}
