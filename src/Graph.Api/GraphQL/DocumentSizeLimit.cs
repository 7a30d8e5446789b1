using System.Globalization;
using GraphQLParser;
using GraphQLParser.Exceptions;

namespace Graph.Api.GraphQL;

/// <summary>
/// The first check on a document, before it is parsed: its length, then its tokens counted by the lexer alone, which is
/// linear and stops at the limit. Parsing is linear too, but validation is not (comparing fields that share a response
/// name is quadratic), so a short document of many tokens must be refused here.
/// </summary>
internal static class DocumentSizeLimit
{
    /// <summary>Why the document is too large to parse, or null when it is within both limits.</summary>
    public static string? Refusal(string document, GraphQLLimits limits)
    {
        if (document.Length > limits.MaxDocumentLength)
        {
            return Invariant($"The document is {document.Length} characters long; the limit is {limits.MaxDocumentLength}.");
        }
        var tokens = CountTokens(document, limits.MaxTokens);
        return tokens > limits.MaxTokens
            ? Invariant($"The document has {tokens} tokens; the limit is {limits.MaxTokens}.")
            : null;
    }

    /// <summary>Tokens other than comments; a lexical error stops the count and is left for the parser to report with its location.</summary>
    private static int CountTokens(string document, int limit)
    {
        ROM source = document;
        var tokens = 0;
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(source, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return tokens;
                }
                if (token.Kind != TokenKind.COMMENT)
                {
                    tokens++;
                }
                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            return Math.Min(tokens, limit);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
