using Graph.Cypher.Lexing;

namespace Graph.Cypher.Ast;

/// <summary>Where a syntax node starts in the query: 1-based line and column, 0-based offset.</summary>
internal readonly record struct Position(int Line, int Column, int Offset)
{
    public static Position Of(Token token) => new(token.Line, token.Column, token.Offset);
}
