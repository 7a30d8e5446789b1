using Graph.Core.Cypher;
using Graph.Import.Parsing;

namespace Graph.Import.Extraction;

/// <summary>
/// When a page's source was published. Front matter wins: <c>date</c> as written, else the first of <c>published</c>,
/// <c>publish_date</c>… that reads as a date; else what the top of a saved page says (<see cref="SavedPageHeader.Date"/>).
/// The Source stores a day as a Cypher Date (<c>date</c>); wording that names no single day (March 2025, 2025, a front
/// matter date that is no date) is kept as the page wrote it (<c>dateText</c>), so nothing the page said is lost and
/// nothing is guessed. A Source has at most one of the two.
/// </summary>
internal static class SourceDate
{
    public static WrittenDate? Of(WikiPage page) => page.FrontMatter switch
    {
        { Date: { } date } => WrittenDate.Read(date.Name) ?? new WrittenDate(null, date.Name.Trim()),
        { Published: { } published } => WrittenDate.Read(published.Name),
        _ => SavedPageHeader.Date(page),
    };

    /// <summary>The Source's date properties: a Date for a day, else the page's wording.</summary>
    public static (string Key, object? Value)[] Properties(WrittenDate? date) =>
    [
        ("date", date?.Day is { } day ? CypherTemporal.OfDate(day) : null),
        ("dateText", date is { Day: null, Text.Length: > 0 } ? date.Text : null),
    ];
}
