using Graph.Core.Cypher;
using Graph.Cypher.Lexing;

namespace Graph.Cypher.Parsing;

/// <summary>Syntax errors worded like Neo4j's: what was found, what was expected, and where.</summary>
internal static class SyntaxErrors
{
    public static CypherException At(int line, int column, int offset, string message) =>
        new(CypherErrorCodes.SyntaxError, message, line, column, offset);

    public static CypherException At(Token token, string message) =>
        At(token.Line, token.Column, token.Offset, message);

    public static CypherException Unexpected(Token found, string expected) =>
        At(found, $"Invalid input {found.Describe()}: expected {expected}");
}
