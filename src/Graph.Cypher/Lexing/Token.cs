namespace Graph.Cypher.Lexing;

/// <summary>
/// One token with its place in the query (1-based line and column, 0-based offset).
/// <see cref="Value"/> holds the decoded literal: the unescaped string, the long or double, the parameter name.
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, object? Value, int Offset, int Line, int Column)
{
    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>How the token reads in an error message, as Neo4j quotes it.</summary>
    public string Describe() => Kind == TokenKind.End ? "end of input" : $"'{Text}'";
}
