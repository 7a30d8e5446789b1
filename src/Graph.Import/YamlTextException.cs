namespace Graph.Import;

/// <summary>A YAML problem at a 1-based line of the file being read.</summary>
internal sealed class YamlTextException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
