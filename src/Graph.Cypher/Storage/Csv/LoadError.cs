namespace Graph.Cypher.Storage.Csv;

/// <summary>Why a load stopped: the file, the line the record starts on, and the column (1-based) when one is to blame.</summary>
public sealed record LoadError(string File, int Line, int? Column, string? Header, string Message)
{
    public override string ToString()
    {
        var column = Column is null ? "" : $", column {Column}" + (Header is null ? "" : $" ({Header})");
        return $"{File}, line {Line}{column}: {Message}";
    }
}
