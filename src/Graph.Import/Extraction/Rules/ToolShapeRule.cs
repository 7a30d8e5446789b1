using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core.Model;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// Tools no vocabulary declares, from how products are named and used: CamelCase names (OpenClaw), "X app" / "X CLI" /
/// "X Code", a known tool family or an acronym with a version (GPT-5, Opus 4.5, Gemini 2.5), and usage cues ("using X",
/// "built with X", "switched to X"). A name the vocabulary knows as a person, company or show is not a tool; the source
/// MENTIONS each tool, evidenced by the first sentence naming it.
/// </summary>
internal sealed partial class ToolShapeRule : IExtractionRule
{
    public void Apply(PageContext context)
    {
        var nameWords = context.Facts.Names(Labels.Person).SelectMany(n => n.Split(' ')).ToHashSet(StringComparer.Ordinal);
        foreach (var (section, block) in context.Blocks())
        {
            var sectionName = block.Kind == Parsing.BlockKind.SourceLine ? "Source" : section.Name;
            var candidates = Candidates(context, block.Text, nameWords);
            var listsTools = block.Kind is Parsing.BlockKind.ListItem or Parsing.BlockKind.Paragraph && ToolsHeading().IsMatch(section.Name);
            if (block.Kind == Parsing.BlockKind.ListItem && block.Depth == 0 && listsTools && Listed(context, block.Text, nameWords) is { } listed)
            {
                candidates = candidates.Prepend(listed);
            }
            if (block.Kind == Parsing.BlockKind.Paragraph && listsTools)
            {
                candidates = TableRows(context, block, nameWords).Concat(candidates);
            }
            foreach (var (name, at, rule, confidence) in candidates)
            {
                if (rule == "tool-camel-case" && IsMasthead(context, section, block, at, name))
                {
                    continue;
                }
                var entry = context.Vocabulary.Find(EntityKind.Tool, name) ?? Misspelt(context, name) ?? new VocabularyEntry(EntityKind.Tool, name, []);
                using var _ = context.Facts.Because(rule, confidence);
                context.MentionOnce(context.Tool(entry), sectionName, block, at);
            }
        }
    }

    // Every CamelCase form has a capital right after a lower-case letter ("OpenClaw", "iMessage") or two capitals before a
    // lower-case letter ("AIAgent"): one pass over the characters before the pattern tries each position.
    private static bool MayHaveCamelCase(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && (char.IsLower(text[i - 1]) || (char.IsUpper(text[i - 1]) && i + 1 < text.Length && char.IsLower(text[i + 1]))))
            {
                return true;
            }
        }
        return false;
    }

    // "a talk at EvalConf", "an engineer at DataDog": one is at an event or a company, and looks at a product ("a look at
    // LangGraph", "good at TypeScript"): the word before "at" tells which.
    private static bool IsPlace(string sentence, int at)
    {
        var before = sentence.AsSpan(0, at).TrimEnd();
        if (!before.EndsWith(" at", StringComparison.Ordinal))
        {
            return false;
        }
        var words = before[..^3].TrimEnd();
        var word = words[(words.LastIndexOf(' ') + 1)..];
        return !LookingWords.Contains(word.ToString());
    }

    private static readonly FrozenSet<string> LookingWords = new[] { "look", "looks", "looking", "looked", "glance", "good", "great", "better", "best", "bad", "worse", "expert", "skilled", "point", "pointed", "aimed", "built" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Each pattern runs over the whole block, and only where its fixed parts can occur (a digit, a product word).
    // nameWords: the words of the people's names the page has (people are found before tools).
    private static IEnumerable<(string Name, int At, string Rule, double Confidence)> Candidates(PageContext context, string sentence, HashSet<string> nameWords)
    {
        foreach (Match match in sentence.AsSpan().ContainsAnyInRange('0', '9') ? Versioned().Matches(sentence) : Enumerable.Empty<Match>())
        {
            var family = match.Groups["family"].Value;
            // "Claude Opus 4.6.6": a known tool's name of two words ends in the family.
            if (WordBefore().Match(sentence, 0, match.Index) is { Success: true } before
                && context.Vocabulary.Find(EntityKind.Tool, before.Groups["word"].Value + " " + family) is { } longer
                && TextKey.Normalize(longer.Name) == TextKey.Normalize(before.Groups["word"].Value + " " + family))
            {
                yield return (before.Groups["word"].Value + " " + family + match.Groups["gap"].Value + match.Groups["version"].Value, before.Index, "tool-version", 0.85);
                continue;
            }
            // A known family ("Opus 4.5", "GPT 5.1"), or an acronym joined to its version by a hyphen ("GPT-5", not "TIER 5").
            // A product's version is a small number or a decimal one; "COVID-19" or "F-35" is a designation.
            if (context.Vocabulary.Find(EntityKind.Tool, family) is not null
                || (Acronym().IsMatch(family) && match.Groups["gap"].Value == "-" && IsVersionNumber(match.Groups["version"].Value)))
            {
                yield return (family + match.Groups["gap"].Value + match.Groups["version"].Value, match.Index, "tool-version", 0.85);
            }
        }
        foreach (Match match in MayHaveCamelCase(sentence) ? CamelCase().Matches(sentence) : Enumerable.Empty<Match>())
        {
            // "WuguestLenny": a saved page ran a name into the next word; a product's parts are not people's names.
            if (IsFree(context, match.Value) && !OrganizationEnding().IsMatch(match.Value) && !CamelParts().Matches(match.Value).Any(part => nameWords.Contains(part.Value))
                && !OrganizationRule.IsCalledCompany(sentence, match.Index) && !IsPlace(sentence, match.Index))
            {
                yield return (match.Value, match.Index, "tool-camel-case", 0.7);
            }
        }
        foreach (Match match in ProductWord().IsMatch(sentence) ? ProductSuffix().Matches(sentence) : Enumerable.Empty<Match>())
        {
            // "Inside Claude Code" is Claude Code (known) with a word before it, not a product of its own.
            // "Codex app" is Codex: a known tool's own app or CLI is that tool.
            var knownTail = context.Mentions(match.Value).Any(m => m.Entry.Kind == EntityKind.Tool && m.End == match.Value.Length);
            var knownBase = context.Vocabulary.Find(EntityKind.Tool, match.Groups["base"].Value) is not null;
            if (IsFree(context, match.Groups["base"].Value) && !knownTail && !knownBase)
            {
                yield return (match.Value, match.Index, "tool-product-name", 0.75);
            }
        }
        // "Claude Code or Cowork", "Cowork and Claude Code": a name listed beside a known tool is a tool too.
        foreach (var mention in context.Mentions(sentence).Where(m => m.Entry.Kind == EntityKind.Tool))
        {
            foreach (var name in Coordinated(sentence, mention))
            {
                if (IsFree(context, name.Name) && context.Vocabulary.Find(EntityKind.Tool, name.Name) is null && !(name.Name.Split(' ') is [var word] && (FirstNames.Contains(word) || FunctionWords.Contains(word))))
                {
                    yield return (name.Name, name.At, "tool-beside-tool", 0.7);
                }
            }
        }
        // "clients like Telegram, Signal and iMessage": a list that names a known tool lists tools.
        foreach (Match list in ExampleList().Matches(sentence))
        {
            var items = list.Groups["item"].Captures.Select(c => (Name: c.Value, At: c.Index)).ToList();
            if (items.Any(i => context.Vocabulary.Find(EntityKind.Tool, i.Name) is not null))
            {
                foreach (var (name, at) in items.Where(i => context.Vocabulary.Find(EntityKind.Tool, i.Name) is null && IsFree(context, i.Name)
                    && !(i.Name.Split(' ') is [var word] && (FirstNames.Contains(word) || FunctionWords.Contains(word)))))
                {
                    yield return (name, at, "tool-list", 0.7);
                }
            }
        }
        foreach (Match match in Usage().Matches(sentence).Concat(SoftwareKindGate.MayMatch(sentence) && SoftwareKindWord().IsMatch(sentence) ? DescribedAsProduct().Matches(sentence) : Enumerable.Empty<Match>()))
        {
            var name = match.Groups["name"].Value.TrimEnd('.');
            // "built with Quillpad" is a product; "working with Maria" is a person; "switched to English" is a language;
            // "using First Principles thinking" names a way of working, by the word after it.
            if (IsFree(context, name) && !(name.Split(' ') is [var word] && (FirstNames.Contains(word) || FunctionWords.Contains(word) || Languages.Contains(word)))
                && !WayOfWorking().IsMatch(sentence.AsSpan(match.Groups["name"].Index + match.Groups["name"].Length)))
            {
                yield return (name, match.Index, "tool-usage-cue", 0.7);
            }
        }
    }

    // "## Tools mentioned" over "- Braintrust — evals as a service": the name an item opens with, before its description.
    private static (string Name, int At, string Rule, double Confidence)? Listed(PageContext context, string item, HashSet<string> nameWords)
    {
        var match = ListedName().Match(item);
        var name = match.Groups["name"].Value;
        return match.Success && IsFree(context, name) && !name.Split(' ').Any(nameWords.Contains) && !(name.Split(' ') is [var word] && FunctionWords.Contains(word))
            ? (name, 0, "tools-heading", 0.8)
            : null;
    }

    // "| Loomwork | evaluation suites |" under a tools heading: each row below the header names a tool in its first cell.
    private static IEnumerable<(string Name, int At, string Rule, double Confidence)> TableRows(PageContext context, Parsing.PageBlock block, HashSet<string> nameWords)
    {
        if (block.Lines.Count < 3 || !block.Lines.All(l => l.Text.TrimStart().StartsWith('|')))
        {
            yield break;
        }
        foreach (var line in block.Lines.Skip(1).Where(l => l.Text.Any(char.IsLetter)))
        {
            var cell = line.Text.Split('|', StringSplitOptions.TrimEntries).FirstOrDefault(c => c.Length > 0);
            if (cell is not null && Listed(context, cell, nameWords) is { } listed)
            {
                yield return listed with { At = Math.Max(0, block.Text.IndexOf(cell, StringComparison.Ordinal)) };
            }
        }
    }

    // "Tools mentioned", "Apps and tools", "The stack", "Software used", "Products discussed".
    [GeneratedRegex(@"(?i)^(?:the\s+|my\s+|our\s+)?(?:(?:ai\s+)?tools?|apps?|software|products?|stack|tech\s+stack|tooling)(?:\s+(?:and|&)\s+(?:tools|apps|products|software|services|platforms|frameworks|models|libraries))?(?:\s+(?:mentioned|used|discussed|covered|referenced|in\s+this\s+episode))?$")]
    private static partial Regex ToolsHeading();

    // A capitalized name of up to four words that is the whole item or ends at its description (" — ", ": ", " - ", " (", ", ").
    [GeneratedRegex(@"^(?<name>[\p{Lu}\d][\p{L}\d.+#\-]*(?: [\p{Lu}\d][\p{L}\d.+#\-]*){0,3})(?:\s*(?:[—–:(,]|\s-\s)|\s*$)")]
    private static partial Regex ListedName();

    // "Clawbot" on a page that says "Clawdbot": one edit away from a tool the page names (a name or alias of six letters or
    // more), a typo of it, not a second product.
    private static VocabularyEntry? Misspelt(PageContext context, string name)
    {
        var key = TextKey.Normalize(name);
        if (key.Length < MinTypoLength || key.Any(char.IsDigit))
        {
            return null;
        }
        return context.Facts.Names(Labels.Tool)
            .Select(known => context.Vocabulary.Find(EntityKind.Tool, known))
            .OfType<VocabularyEntry>()
            .FirstOrDefault(entry => entry.Aliases.Prepend(entry.Name).Select(TextKey.Normalize)
                .Any(spelling => spelling.Length >= MinTypoLength && spelling[0] == key[0] && EditDistance.Within(spelling, key, 1) == 1));
    }

    private const int MinTypoLength = 6;

    // "VideoDigest" alone on a line above the title: the site's name in its masthead, not a product the page mentions.
    private static bool IsMasthead(PageContext context, Parsing.PageSection section, Parsing.PageBlock block, int at, string name)
    {
        if (section != context.Page.Intro || block.Kind != Parsing.BlockKind.Paragraph)
        {
            return false;
        }
        var line = block.LineAt(at);
        return line < context.TitleLine && block.Lines.Any(l => l.Line == line && l.Text.Trim() == name);
    }

    // The English names of the languages the platform's ICU data knows ("English", "Spanish", "Swahili"), none a product.
    private static readonly FrozenSet<string> Languages = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Select(c => c.EnglishName).Where(n => !n.Contains(' ', StringComparison.Ordinal) && !n.Contains('(', StringComparison.Ordinal))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "their", "our", "my", "your", "we", "they", "i", "he", "she",
        "ai", "both", "all", "many", "most", "some", "other", "then", "now", "also", "even", "but", "so", "yet",
    };

    private static IEnumerable<(string Name, int At)> Coordinated(string text, Mention tool)
    {
        if (After().Match(text, tool.End) is { Success: true } after)
        {
            yield return (after.Groups["name"].Value, after.Groups["name"].Index);
        }
        if (Before().Match(text[..tool.Start]) is { Success: true } before)
        {
            yield return (before.Groups["name"].Value, before.Groups["name"].Index);
        }
    }

    [GeneratedRegex(@"\G(?:,? or|,? and| vs\.?| versus)\s+(?<name>\p{Lu}[\p{L}\d]+(?: \p{Lu}[\p{L}\d]+)?)(?![\p{L}\d'’])")]
    private static partial Regex After();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<name>\p{Lu}[\p{L}\d]+(?: \p{Lu}[\p{L}\d]+)?)(?:,? or|,? and| vs\.?| versus)\s+$")]
    private static partial Regex Before();

    /// <summary>Whether a version number ("-5", " 4.5") follows a tool's name at <paramref name="end"/>.</summary>
    public static bool VersionFollows(string text, int end) => VersionAfter().IsMatch(text.AsSpan(end));

    // " 4.5", "-5", or the rest of a version the name already began ("GPT-5" in "GPT-5.3").
    [GeneratedRegex(@"^(?:[- ]\d+(?:\.\d+){0,2}[a-z]?(?![\p{L}\d]|\.\d)|\.\d)")]
    private static partial Regex VersionAfter();

    // Not a known person, company, show or source, nor the start of one.
    private static bool IsFree(PageContext context, string name) =>
        context.Vocabulary.FindAny(name, EntityKind.Person, EntityKind.Organization, EntityKind.Show, EntityKind.Source) is null
        && !name.Split(' ').Any(w => context.Vocabulary.FindAny(w, EntityKind.Organization, EntityKind.Show) is not null);

    [GeneratedRegex(@"(?<![\p{L}\d\-])(?<family>\p{Lu}[\p{L}]*)(?<gap>[- ])(?<version>\d+(?:\.\d+){0,2}[a-z]?)(?![\p{L}\d]|\.\d)")]
    private static partial Regex Versioned();

    /// <summary>Whether a name has a product's shape: inner capitals (OpenClaw) or a version (GPT-5).</summary>
    public static bool IsProductShaped(string name) =>
        CamelCase().IsMatch(name) || Versioned().IsMatch(name);

    [GeneratedRegex(@"(?<![\p{L}\d])(?<word>\p{Lu}[\p{L}]+) $")]
    private static partial Regex WordBefore();

    [GeneratedRegex(@"^\p{Lu}{2,5}$")]
    private static partial Regex Acronym();

    private static bool IsVersionNumber(string version) => version.Contains('.', StringComparison.Ordinal) || version.TrimEnd('a', 'b', 'o').Length == 1;

    // Inner capitals (OpenClaw, ClawdBot, PSPDFKit, iMessage), not plural acronyms (LLMs, PhDs), all caps, short jargon
    // (DevRel, DevOps) or a handle (@ClaudeDevs). "Mc" before a capital is how a surname, and a firm named after one,
    // is written (McKinsey, McDonald), not a product's inner capital.
    [GeneratedRegex(@"(?<![\p{L}\d@])(?=[\p{L}]{7})(?!Mc\p{Lu})(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+|\p{Lu}{2,}(?:\p{Lu}\p{Ll}+)+|i\p{Lu}\p{Ll}+)(?![\p{L}\d])")]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"\p{Lu}\p{Ll}+")]
    private static partial Regex CamelParts();

    [GeneratedRegex(@"\b(?:like|such as|including)\s+(?<item>\p{Lu}[\p{L}\d.\-]*(?: \p{Lu}[\p{L}\d.\-]*)?)(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?<item>\p{Lu}[\p{L}\d.\-]*(?: \p{Lu}[\p{L}\d.\-]*)?))+")]
    private static partial Regex ExampleList();

    [GeneratedRegex(@" (?:app|App|CLI|Code|IDE|SDK|API)\b")]
    private static partial Regex ProductWord();

    /// <summary>Company names end like this (ThoughtWorks, DeepLabs, MicroSystems): an organization, not a product.</summary>
    [GeneratedRegex(@"(?:Works|Labs|Lab|Systems|Soft|Tech|Technologies|Capital|Ventures|Partners|Group|Media|Bank|Corp|Mind|Research)$")]
    internal static partial Regex OrganizationEnding();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<base>\p{Lu}[\p{L}\d]+(?: \p{Lu}[\p{L}\d]+)?) (?:app|App|CLI|Code|IDE|SDK|API)(?![\p{L}\d])")]
    private static partial Regex ProductSuffix();

    [GeneratedRegex(@"\b(?:using|built with|build with|built on|switched to|switching to|migrated to|powered by|tools like|apps like|products like|creator of|co-creator of|maker of)\s+(?<name>\p{Lu}[\p{L}\d.\-]*(?: \p{Lu}[\p{L}\d.\-]*){0,2})")]
    private static partial Regex Usage();

    [GeneratedRegex(@"^\s+(?:thinking|methods?|approach(?:es)?|mindset|principles?|style|culture|philosophy|strateg(?:y|ies)|techniques?|rules?|process(?:es)?|mentality)\b")]
    private static partial Regex WayOfWorking();

    // "Moldbook, a social network for agents", "Okta is the identity platform", "Zed's agent panel": a name the sentence
    // calls a kind of software, or whose feature it names.
    private const string SoftwareKind = "app|application|tool|platform|agent|assistant|model|service|browser|editor|IDE|framework|library|plugin|extension|chatbot|social network|CLI|SDK";

    // "Quillpad, a note-taking app", "Quillpad's agent mode", and "an extension called Tabsmith".
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}\d.\-]*(?: \p{Lu}[\p{L}\d.\-]*){0,2})(?:(?:, | (?:is|was) |, (?:is|was) )(?:a|an|the) (?:[\p{L}\-]+ ){0,3}(?:" + SoftwareKind + @")\b|['’]s (?:agent mode|agent panel|new model|latest model|API|CLI|SDK|plugin|extension|desktop app|mobile app|web app)\b)|\b(?:" + SoftwareKind + @") (?:called|named) (?<name>\p{Lu}[\p{L}\d.\-]*(?: \p{Lu}[\p{L}\d.\-]*){0,2})")]
    private static partial Regex DescribedAsProduct();

    private static readonly WordGate SoftwareKindGate = new(SoftwareKind);

    // The kinds' words alone, looked for first: most blocks name no kind of software.
    [GeneratedRegex(@"\b(?:" + SoftwareKind + @")\b")]
    private static partial Regex SoftwareKindWord();
}
