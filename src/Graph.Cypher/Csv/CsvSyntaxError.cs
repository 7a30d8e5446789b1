namespace Graph.Cypher.Csv;

/// <summary>
/// Where a CSV file stops making sense: the line and character column (both 1-based) of the character to blame, the
/// field (1-based) of the record it is in, and what is wrong there.
/// </summary>
public sealed record CsvSyntaxError(int Line, int Column, int Field, string Message);
