namespace Graph.Import.Extraction.Rules;

/// <summary>
/// One extraction rule: reads the page through the context and adds facts. Rules run in a fixed order.
/// A rule looks up only names made of the page's own words (its text, front matter, path): an import skips a page
/// whose wiki titles with those words are unchanged (<see cref="TitleDependencies"/>), and TitleDependenciesTests
/// checks that the facts agree. A rule that resolved, say, a link's target file to that page's title would break it.
/// </summary>
internal interface IExtractionRule
{
    void Apply(PageContext context);
}
