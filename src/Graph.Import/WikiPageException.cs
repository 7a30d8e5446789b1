namespace Graph.Import;

/// <summary>A page cannot be read or parsed; <see cref="Error"/> names the file and line.</summary>
public sealed class WikiPageException(PageError error) : Exception(error.ToString())
{
    public PageError Error { get; } = error;
}
