namespace Graph.Import.Parsing;

/// <summary>Collects blocks into sections as the parser walks the page; the intro section always comes first.</summary>
internal sealed class SectionListBuilder
{
    private readonly List<PageSection> sections = [];
    private string name = "Intro";
    private SectionKind kind = SectionKind.Intro;
    private int line = 1;
    private List<PageBlock> blocks = [];

    public bool IsAtIntro => sections.Count == 0;

    /// <summary>Sections whose content is naturally a list of items.</summary>
    public bool IsInListSection => kind is SectionKind.KeyTakeaways or SectionKind.KeyPoints or SectionKind.TryIt or SectionKind.OpenQuestions or SectionKind.Related;

    public void StartSection(string sectionName, SectionKind sectionKind, int sectionLine)
    {
        Close();
        name = sectionName;
        kind = sectionKind;
        line = sectionLine;
    }

    public void Add(PageBlock block) => blocks.Add(block);

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
        var (outerName, outerKind) = (name, kind);
        StartSection(sectionName, sectionKind, sectionLine);
        blocks.AddRange(items);
        StartSection(outerName, outerKind, sectionLine);
    }

    public IReadOnlyList<PageSection> Build()
    {
        Close();
        return sections;
    }

    private void Close()
    {
        sections.Add(new PageSection(name, kind, line, blocks));
        blocks = [];
    }
}
