namespace Graph.Import.Parsing;

/// <summary>A page cannot be read as a note: the 1-based line where the problem is, when known.</summary>
internal sealed class PageFormatException(int? line, string message) : Exception(message)
{
    public int? Line { get; } = line;
}
