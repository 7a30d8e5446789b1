using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Graph.Import.Parsing;

/// <summary>
/// Parses a note page with one prebuilt Markdig pipeline and walks the block tree into sections.
/// Section headings are <c>##</c> headings or bare lines naming a known section ("Key Takeaways" alone on a
/// line, even when Markdown glued it to the next paragraph). CRLF and a BOM are fine.
/// </summary>
internal static partial class WikiPageParser
{
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <exception cref="PageFormatException">Front matter is unclosed or invalid.</exception>
    public static WikiPage Parse(string path, string text)
    {
        var normalized = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var document = Markdown.Parse(normalized, Pipeline);
        var sourceLines = normalized.Split('\n');
        var builder = new SectionListBuilder();
        var source = new SourceText(sourceLines, IsSavedText: !document.Descendants<HeadingBlock>().Any(h => !IsUnderlinedText(h)) && !document.Descendants<ListBlock>().Any());
        FrontMatter? frontMatter = null;
        TextLine? heading = null;
        Block? previous = null;
        foreach (var block in document)
        {
            var after = previous;
            previous = block;
            switch (block)
            {
                case CodeBlock code when after is ListBlock && code is not (YamlFrontMatterBlock or FencedCodeBlock) && IsIndentedProse(code)
                    && builder.Last is { Kind: BlockKind.ListItem } item && !ListMarker().IsMatch(code.Lines.ToString()):
                    // "  1. 1:29 – 4:29" over "    Title" and "    What it covers": indented less than Markdown's list
                    // content column, but the item's text all the same, as the page shows it.
                    builder.ReplaceLast(Continued(item, Paragraphs(RawLines(code))));
                    break;
                case YamlFrontMatterBlock yaml:
                    frontMatter = FrontMatter.Parse(yaml.Lines.ToString(), yaml.Line + 2);
                    break;
                case HeadingBlock { Level: 1 } h1 when heading is null && builder.IsAtIntro && !IsUnderlinedText(h1):
                    var (titleLines, _) = InlineText.Flatten(h1.Inline, h1.Line);
                    heading = new TextLine(h1.Line + 1, string.Join(' ', titleLines.Select(l => l.Text.Trim())));
                    break;
                default:
                    AddBlock(block, builder, source, depth: 0);
                    break;
            }
        }
        if (frontMatter is null && FrontMatterOpening().IsMatch(normalized))
        {
            throw new PageFormatException(1, "front matter opened with '---' on line 1 is never closed with '---'");
        }
        return new WikiPage(path, normalized, frontMatter, heading, PageCleaner.Clean(builder.Build()));
    }

    private static void AddBlock(Block block, SectionListBuilder builder, SourceText source, int depth)
    {
        switch (block)
        {
            case HeadingBlock heading when IsUnderlinedText(heading):
                // Markdig's line for a setext heading is its underline's: the text starts that many lines above it.
                AddParagraphLines(InlineText.Flatten(heading.Inline, heading.Line - TextLineCount(heading)), builder, BlockKind.Paragraph, depth, source.IsSavedText);
                break;
            case HeadingBlock heading:
                AddHeading(heading, builder, source.Lines);
                break;
            case ParagraphBlock paragraph:
                AddParagraph(paragraph, builder, BlockKind.Paragraph, depth, source.IsSavedText);
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    AddListItem(item, builder, source, depth);
                }
                break;
            case QuoteBlock quote:
                foreach (var paragraph in quote.Descendants<ParagraphBlock>())
                {
                    AddParagraph(paragraph, builder, BlockKind.Quote, depth, savedText: false);
                }
                break;
            case HtmlBlock html:
                builder.Add(new PageBlock(BlockKind.Html, RawLines(html)));
                break;
            case CodeBlock code when code is not (YamlFrontMatterBlock or FencedCodeBlock) && IsIndentedProse(code):
                // A page saved as text indents for layout: four spaces before a sentence make Markdown code, not meaning.
                AddLines(RawLines(code).Select(l => l with { Text = l.Text.Trim() }).ToList(), null, BlockKind.Paragraph, depth, builder);
                break;
            case CodeBlock code when code is not YamlFrontMatterBlock:
                builder.Add(new PageBlock(BlockKind.Code, RawLines(code)));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AddBlock(child, builder, source, depth);
                }
                break;
        }
    }

    // "Sign in / Listen / Share" over a "--" rule: Markdown reads lines over dashes as one setext heading, but a heading
    // is one line; several lines over a rule are a saved page's text above a divider.
    private static bool IsUnderlinedText(HeadingBlock heading) => heading.IsSetext && TextLineCount(heading) > 1;

    private static int TextLineCount(HeadingBlock heading) => 1 + (heading.Inline?.Descendants<LineBreakInline>().Count() ?? 0);

    private static void AddHeading(HeadingBlock heading, SectionListBuilder builder, string[] sourceLines)
    {
        var (lines, _) = InlineText.Flatten(heading.Inline, heading.Line);
        var text = string.Join(' ', lines.Select(l => l.Text.Trim()));
        var line = heading.Line + 1;
        var prefix = SectionNames.KnownPrefixLength(text);
        if (prefix == 0)
        {
            var kind = SectionNames.Classify(text);
            if (builder.IsPointHeading(heading.Level, kind))
            {
                builder.AddPointHeading(new TextLine(line, text));
                return;
            }
            builder.StartSection(text.Trim(), kind, line, heading.Level);
            return;
        }
        // "## Key takeaways - **A**: … - **B**: …": a whole list exported onto the heading line.
        var name = text[..prefix];
        var sectionKind = SectionNames.Classify(name);
        builder.StartSection(name.Trim(), sectionKind, line, heading.Level);
        var raw = heading.Line < sourceLines.Length ? sourceLines[heading.Line] : "";
        var start = raw.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        var rest = start >= 0 ? raw[(start + prefix)..] : "";
        foreach (var item in InlineBullets.Split(rest.TrimStart(':', ' '), line, Pipeline))
        {
            builder.Add(item);
        }
    }

    private static void AddListItem(ListItemBlock item, SectionListBuilder builder, SourceText source, int depth)
    {
        var lines = new List<TextLine>();
        string? lead = null;
        var nested = new List<Block>();
        foreach (var child in item)
        {
            if (child is ParagraphBlock paragraph)
            {
                var (paragraphLines, paragraphLead) = InlineText.Flatten(paragraph.Inline, paragraph.Line);
                lead ??= lines.Count == 0 ? paragraphLead : null;
                lines.AddRange(paragraphLines);
            }
            else
            {
                nested.Add(child);
            }
        }
        AddLines(lines, lead, BlockKind.ListItem, depth, builder);
        // "- Key takeaways" over nested items, as outliners write a heading: the item heads a section (AddLines) and the
        // items under it are that section's own, not parts of an item.
        var heads = lines.Count == 1 && SectionNames.IsKnown(lines[0].Text.Trim());
        foreach (var child in nested)
        {
            AddBlock(child, builder, source, heads ? depth : depth + 1);
        }
    }

    private static void AddParagraph(ParagraphBlock paragraph, SectionListBuilder builder, BlockKind kind, int depth, bool savedText) =>
        AddParagraphLines(InlineText.Flatten(paragraph.Inline, paragraph.Line), builder, kind, depth, savedText);

    private const int BoldHeadingLevel = 7;

    private static void AddParagraphLines((IReadOnlyList<TextLine> Lines, string? Lead) flat, SectionListBuilder builder, BlockKind kind, int depth, bool savedText)
    {
        var (lines, lead) = flat;
        // "**1. Evaluations belong in the build**" alone in its paragraph: a site without heading levels numbers its
        // sections in bold. It heads a section as "### 1. …" would, below any heading Markdown can write.
        if (kind == BlockKind.Paragraph && depth == 0 && lines.Count == 1 && lead?.Trim() is { } heading && heading == lines[0].Text.Trim() && HeadingPoints.IsNumbered(heading))
        {
            if (builder.IsPointHeading(BoldHeadingLevel, SectionKind.Other))
            {
                builder.AddPointHeading(lines[0]);
            }
            else
            {
                builder.StartSection(heading, SectionNames.Classify(heading), lines[0].Line, BoldHeadingLevel);
            }
            return;
        }
        if (kind == BlockKind.Paragraph && builder.IsInPointsSection && TableRows.IsTable(lines))
        {
            TableRows.Points(lines).ToList().ForEach(builder.Add);
            return;
        }
        // "(00:00) Intro" over "(04:10) Why evals belong in the build": chapter lines, one a line, list the episode's chapters
        // even where Markdown would run them into one paragraph.
        if (kind == BlockKind.Paragraph && lines.Count >= 2 && lines.All(l => OpensWithChapterTime(l.Text.Trim())))
        {
            foreach (var line in lines)
            {
                AddLines([line with { Text = line.Text.Trim() }], null, BlockKind.ListItem, depth, builder);
            }
            return;
        }
        if (!savedText || lines.Count < 2)
        {
            AddLines(lines, lead, kind, depth, builder);
            return;
        }
        foreach (var (run, areItems) in SavedTextLines.Runs(lines))
        {
            var runLead = run[0].Line == lines[0].Line ? lead : null;
            if (!areItems)
            {
                // The line after the run, so a bare title at its end still sees the sentence under it.
                var after = lines.FirstOrDefault(l => l.Line > run[^1].Line);
                AddLines(run, runLead, kind, depth, builder, after);
                continue;
            }
            foreach (var line in run)
            {
                AddLines([line], line == run[0] ? runLead : null, BlockKind.ListItem, depth, builder);
            }
        }
    }

    // Markdown glues a bare heading line to the paragraph or list item above it (lazy continuation), and the
    // Source line to the intro below it: split the lines there. Text after a heading is a plain paragraph.
    private static void AddLines(IReadOnlyList<TextLine> lines, string? lead, BlockKind kind, int depth, SectionListBuilder builder, TextLine? after = null)
    {
        var chunk = new List<TextLine>();
        var chunkKind = kind;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var trimmed = line.Text.Trim();
            // One item of a list is an item, even when it mentions takeaways; only a stock name ("- Key takeaways") heads
            // what follows, as an outliner's parent item does.
            if (kind != BlockKind.Quote && (kind == BlockKind.ListItem ? SectionNames.IsStock(trimmed) : SectionNames.IsKnown(trimmed)))
            {
                Flush();
                var name = trimmed.TrimEnd(':').Trim();
                builder.StartSection(name, SectionNames.Classify(name), line.Line);
                chunkKind = BlockKind.Paragraph;
                continue;
            }
            // Under a bare "Key insights" line, a bare title over sentences heads a point, as "### Title" would.
            if (kind == BlockKind.Paragraph && builder.TakesBareSubheadings
                && HeadingPoints.IsBareHeading(trimmed, i > 0 && !SectionNames.IsKnown(lines[i - 1].Text.Trim()) ? lines[i - 1].Text : null, i + 1 < lines.Count ? lines[i + 1].Text : after?.Text))
            {
                Flush();
                builder.AddPointHeading(line with { Text = trimmed });
                chunkKind = BlockKind.Paragraph;
                continue;
            }
            // "… Key points: - A. - B." or "Key takeaways: 1) A. 2) B.": a list of points exported into its paragraph, after a
            // label naming them.
            if (kind != BlockKind.Quote && (line.Text.Contains(": -", StringComparison.Ordinal) || line.Text.Contains(": 1", StringComparison.Ordinal)) && InlinePointsLabel().Match(line.Text) is { Success: true } label
                && SectionNames.Classify(label.Groups["name"].Value) is SectionKind.KeyTakeaways or SectionKind.KeyPoints
                && InlineBullets.Count([line with { Text = line.Text[label.Index..] }]) >= 2)
            {
                if (line.Text[..label.Index].Trim() is { Length: > 0 } before)
                {
                    chunk.Add(line with { Text = before });
                }
                Flush();
                var name = label.Groups["name"].Value.Trim();
                builder.AddInlineSection(name, SectionNames.Classify(name), line.Line, InlineBullets.Split([line with { Text = line.Text[(label.Index + label.Length)..] }]));
                continue;
            }
            if (chunkKind == BlockKind.Paragraph && builder.IsAtIntro && trimmed.StartsWith("Source:", StringComparison.OrdinalIgnoreCase))
            {
                Flush();
                builder.Add(new PageBlock(BlockKind.SourceLine, [line]));
                continue;
            }
            // Lists as web pages are saved to text: "• A", "→ B", "2) C" on lines of their own, one item a line.
            if (kind != BlockKind.Quote && ItemMarker(lines, i) is { } item)
            {
                Flush();
                chunkKind = BlockKind.ListItem;
                chunk.Add(line with { Text = trimmed[item.Length..] });
                continue;
            }
            // "• Last item" then "Where to find her:": a line of its own that opens as text does is no longer the item.
            if (chunkKind == BlockKind.ListItem && kind != BlockKind.ListItem && trimmed.Length > 0 && (char.IsUpper(trimmed[0]) || char.IsDigit(trimmed[0]) || trimmed[0] is '(' or '['))
            {
                Flush();
                chunkKind = BlockKind.Paragraph;
            }
            chunk.Add(line);
        }
        Flush();

        void Flush()
        {
            if (chunk.Count == 0)
            {
                return;
            }
            var chunkLead = chunk[0].Line == lines[0].Line ? lead : null;
            if (chunkKind == BlockKind.Paragraph && builder.IsInListSection && (InlineBullets.Count(chunk) >= 2 || chunk[0].Text.TrimStart().StartsWith("- ", StringComparison.Ordinal)))
            {
                InlineBullets.Split(chunk).ForEach(builder.Add);
            }
            else
            {
                var blockLines = chunk.ToList();
                if (chunkKind == BlockKind.ListItem && ChapterTime().Match(blockLines[0].Text) is { Success: true, Length: > 0 } time && time.Length < blockLines[0].Text.Length)
                {
                    // "(05:00) How engineers own features": a chapter's start time is where it plays, not what it says.
                    blockLines[0] = blockLines[0] with { Text = blockLines[0].Text[time.Length..] };
                }
                builder.Add(new PageBlock(chunkKind, blockLines, chunkLead, chunkKind == BlockKind.ListItem ? depth : 0));
            }
            chunk.Clear();
        }
    }

    // The item with the paragraphs below it; a chapter's title leads an item that only gave its time.
    private static PageBlock Continued(PageBlock item, List<List<TextLine>> paragraphs)
    {
        // A time alone says when the chapter plays, not what it says: the item starts at its title.
        var onlyTime = OnlyChapterTime().IsMatch(item.Text);
        var lines = (onlyTime ? [] : item.Lines).Concat(paragraphs.SelectMany(p => p)).ToList();
        var title = paragraphs.Count > 1 ? string.Join(' ', paragraphs[0].Select(l => l.Text)) : null;
        return item with { Lines = lines, Lead = item.Lead ?? (onlyTime && title is not null && !title.EndsWith('.') ? title : null) };
    }

    // Lines split at blank lines, each trimmed.
    private static List<List<TextLine>> Paragraphs(List<TextLine> lines)
    {
        var paragraphs = new List<List<TextLine>> { new() };
        foreach (var line in lines)
        {
            if (line.Text.Trim().Length == 0)
            {
                if (paragraphs[^1].Count > 0)
                {
                    paragraphs.Add([]);
                }
                continue;
            }
            paragraphs[^1].Add(line with { Text = line.Text.Trim() });
        }
        return paragraphs.Where(p => p.Count > 0).ToList();
    }

    // Prose, not code: words and sentence punctuation, none of the symbols code is made of.
    private static bool IsIndentedProse(CodeBlock code)
    {
        var text = code.Lines.ToString();
        var letters = text.Count(char.IsLetter);
        return letters >= 20 && letters >= 0.7 * text.Count(c => !char.IsWhiteSpace(c)) && text.IndexOfAny(['{', '}', ';', '=', '<', '>', '$', '#', '`']) < 0;
    }

    private static List<TextLine> RawLines(LeafBlock block)
    {
        var lines = new List<TextLine>();
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines.Lines[i];
            lines.Add(new TextLine(line.Line + 1, line.Slice.ToString()));
        }
        return lines;
    }

    /// <summary>The page's raw lines, and whether it is text saved from the web (no Markdown headings or lists).</summary>
    private sealed record SourceText(string[] Lines, bool IsSavedText);

    // "• A", "→ B", "2) C", a post's keycap "2️⃣ C", and a thread's "3/ D" or "3/10 D".
    [GeneratedRegex(@"^(?:[•·▪◦●■►▸→➔➜✓✔☐–—]|\d{1,2}[.)]|\d\uFE0F?\u20E3|\d{1,2}/(?:\d{1,2})?)\s*(?<=\s|\u20E3)(?=\S)")]
    private static partial Regex GlyphItem();

    // The glyph or number that opens line i as an item, or an emoji that does; emoji mark items only in a run ("💡 A"
    // over "💡 B"): one alone heads or labels its line ("🎙️ The episode title").
    private static Match? ItemMarker(IReadOnlyList<TextLine> lines, int i)
    {
        var trimmed = lines[i].Text.Trim();
        if (GlyphItem().Match(trimmed) is { Success: true } glyph)
        {
            return glyph;
        }
        var inRun = (i > 0 && EmojiItem().IsMatch(lines[i - 1].Text.Trim())) || (i + 1 < lines.Count && EmojiItem().IsMatch(lines[i + 1].Text.Trim()));
        return inRun && EmojiItem().Match(trimmed) is { Success: true } emoji ? emoji : null;
    }

    // "💡 ", "✅ ", "🔑 ": an emoji or symbol opening the line, as posts and summaries mark their items.
    [GeneratedRegex(@"^(?<mark>(?:[\uD83C-\uD83E][\uDC00-\uDFFF]|\p{So})\uFE0F?)\s+(?=\S)")]
    private static partial Regex EmojiItem();

    /// <summary>The emoji or symbol a line opens with as an item's mark ("✅ …", "👉 …"), or null.</summary>
    internal static string? LeadingMark(string text) => EmojiItem().Match(text) is { Success: true } item ? item.Groups["mark"].Value : null;

    // A short label opening a sentence and closing with a colon, right before a " - " bullet or a first "1)" or "1.".
    [GeneratedRegex(@"(?<=^|[.!?""”)]\s+)(?<name>\p{Lu}[\p{L} ;]{2,28}):\s+(?=-\s|1[.)]\s)")]
    private static partial Regex InlinePointsLabel();

    /// <summary>"(05:00) How engineers own features": a chapter's time, then its title.</summary>
    internal static bool OpensWithChapterTime(string text) => ChapterTime().Match(text) is { Success: true, Length: > 0 } time && time.Length < text.Length;

    /// <summary>"[08:12] Generative UI replaces templates" -> "Generative UI replaces templates".</summary>
    internal static string WithoutChapterTime(string text) => OpensWithChapterTime(text) ? text[ChapterTime().Match(text).Length..] : text;

    // "(05:00) ", "1:29 – 4:29 ", "[01:02:03] - ": a chapter's start time, or its span.
    private const string ChapterSpan = @"^\s*[\[(]?\d{1,2}(?::\d{2}){1,2}(?:\s*[-–—]\s*\d{1,2}(?::\d{2}){1,2})?[\])]?\s*";

    [GeneratedRegex(ChapterSpan + @"(?:[-–—:|]\s*)?(?=[\p{Lu}\d""“‘'(\[])")]
    private static partial Regex ChapterTime();

    [GeneratedRegex(ChapterSpan + "$")]
    private static partial Regex OnlyChapterTime();

    [GeneratedRegex(@"^\s*(?:[-*+•]|\d{1,2}[.)])\s", RegexOptions.Multiline)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\A---[ \t]*\n")]
    private static partial Regex FrontMatterOpening();
}
