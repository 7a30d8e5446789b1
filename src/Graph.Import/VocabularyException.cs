namespace Graph.Import;

/// <summary>The vocabulary file is malformed; the message names the file and line.</summary>
public sealed class VocabularyException : Exception
{
    public VocabularyException(string file, int? line, string message, Exception? inner = null)
        : base(line is null ? $"{file}: {message}" : $"{file}:{line}: {message}", inner)
    {
        File = file;
        Line = line;
        Detail = message;
    }

    public string File { get; }

    public int? Line { get; }

    public string Detail { get; }
}
