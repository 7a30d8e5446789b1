namespace Graph.Import.Extraction.Rules;

/// <summary>One extraction rule: reads the page through the context and adds facts. Rules run in a fixed order.</summary>
internal interface IExtractionRule
{
    void Apply(PageContext context);
}
