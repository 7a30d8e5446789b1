namespace Graph.Import.Parsing;

/// <summary>
/// Collects blocks into sections as the parser walks the page; the intro section always comes first. Under a points
/// heading ("## Key insights"), a deeper heading is a point of its own, its paragraphs its text (<see cref="HeadingPoints"/>).
/// </summary>
internal sealed class SectionListBuilder
{
    private readonly List<PageSection> sections = [];
    private readonly List<int> levels = [];
    private string name = "Intro";
    private SectionKind kind = SectionKind.Intro;
    private int line = 1;
    private int level;
    private List<PageBlock> blocks = [];

    // The point heading still taking its text, and whether the section's points are headings.
    private int? openPoint;
    private bool headingPoints;

    public bool IsAtIntro => sections.Count == 0;

    /// <summary>Sections whose content is naturally a list of items.</summary>
    public bool IsInListSection => kind is SectionKind.KeyTakeaways or SectionKind.KeyPoints or SectionKind.TryIt or SectionKind.OpenQuestions or SectionKind.Related;

    /// <summary>Whether the current section holds points (Key takeaways, Key insights…).</summary>
    public bool IsInPointsSection => kind is SectionKind.KeyTakeaways or SectionKind.KeyPoints;

    /// <summary>Starts a section; <paramref name="headingLevel"/> is its Markdown heading's level, 0 for a bare line (or none).</summary>
    public void StartSection(string sectionName, SectionKind sectionKind, int sectionLine, int headingLevel = 0)
    {
        Close();
        name = sectionName;
        kind = sectionKind;
        line = sectionLine;
        level = headingLevel;
    }

    /// <summary>Whether the current section was opened by a bare points line, so bare titles under it head points.</summary>
    public bool TakesBareSubheadings => IsInPointsSection && level == 0;

    /// <summary>Whether a heading of this level and kind falls under the current points heading, as one of its points.</summary>
    public bool IsPointHeading(int headingLevel, SectionKind headingKind) => IsInPointsSection && level > 0 && headingLevel > level && headingKind == SectionKind.Other;

    /// <summary>
    /// A heading under a points heading: a point, led by its words, whose paragraphs follow as its text. Prose between
    /// such headings explains them, so the section's plain paragraphs stop counting as points; its list items still do.
    /// </summary>
    public void AddPointHeading(TextLine heading)
    {
        var point = HeadingPoints.WithoutNumber(heading.Text.Trim());
        kind = SectionKind.KeyPoints;
        headingPoints = true;
        openPoint = null;
        if (HeadingPoints.IsLabel(point))
        {
            // "### Hiring", "### Background": a few words group what follows and state nothing.
            return;
        }
        blocks.Add(new PageBlock(BlockKind.ListItem, [heading with { Text = point }], Lead: point));
        openPoint = blocks.Count - 1;
    }

    public void Add(PageBlock block)
    {
        if (openPoint is not { } at)
        {
            blocks.Add(block);
            return;
        }
        var point = blocks[at];
        switch (block.Kind)
        {
            case BlockKind.Paragraph:
                blocks[at] = point with { Lines = [.. point.Lines, .. block.Lines] };
                return;
            default:
                blocks.Add(block);
                return;
        }
    }

    /// <summary>The block added last to the current section, if any.</summary>
    public PageBlock? Last => blocks.Count > 0 ? blocks[^1] : null;

    /// <summary>Puts <paramref name="block"/> in place of the block added last (which must exist).</summary>
    public void ReplaceLast(PageBlock block) => blocks[^1] = block;

    /// <summary>
    /// A section written inside a paragraph ("… Key points: - A. - B."): it is added whole, and the section it
    /// interrupted goes on after it under the same name and kind.
    /// </summary>
    public void AddInlineSection(string sectionName, SectionKind sectionKind, int sectionLine, IEnumerable<PageBlock> items)
    {
        var (outerName, outerKind, outerLevel) = (name, kind, level);
        StartSection(sectionName, sectionKind, sectionLine);
        blocks.AddRange(items);
        StartSection(outerName, outerKind, sectionLine, outerLevel);
    }

    public IReadOnlyList<PageSection> Build()
    {
        Close();
        var promoted = HeadingPoints.PromoteNumbered(HeadingPoints.PromoteChapters(sections, levels), levels).ToList();
        return HeadingPoints.PromoteStatements(promoted, levels);
    }

    private void Close()
    {
        sections.Add(new PageSection(name, kind, line, blocks, headingPoints ? HeadingPoints.SubheadingRule : null));
        levels.Add(level);
        blocks = [];
        openPoint = null;
        headingPoints = false;
    }
}
