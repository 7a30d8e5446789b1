namespace Graph.Import.Parsing;

/// <summary>The sections of the note format; anything else is <see cref="Other"/> and keeps its heading text.</summary>
internal enum SectionKind
{
    /// <summary>Everything before the first section heading: Source line, intro paragraph.</summary>
    Intro,
    KeyTakeaways,
    WhyItMatters,
    Related,
    TryIt,
    OpenQuestions,
    Other,
}
