namespace Graph.Import;

/// <summary>Why a page failed: the file (relative to the wiki root), the 1-based line when known, and what is wrong.</summary>
public sealed record PageError(string File, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
