namespace Graph.Import.Parsing;

/// <summary>The sections of the note format; anything else is <see cref="Other"/> and keeps its heading text.</summary>
internal enum SectionKind
{
    /// <summary>Everything before the first section heading: Source line, intro paragraph.</summary>
    Intro,
    KeyTakeaways,

    /// <summary>Points as web pages head them (Key insights, Highlights, Lessons, Summary): list items and bold leads are theses.</summary>
    KeyPoints,
    WhyItMatters,
    Related,
    TryIt,
    OpenQuestions,

    /// <summary>A table of contents or "on this page" menu: site chrome, dropped before extraction.</summary>
    Navigation,
    Other,
}
