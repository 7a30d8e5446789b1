using System.Text.RegularExpressions;
using CsCheck;
using Graph.Testing;

namespace Graph.Cypher.Tests.Fuzzing;

/// <summary>
/// Statements likely to reach the parser's corners: token soup from the grammar's vocabulary, and valid statements
/// with tokens deleted, inserted, swapped, repeated or cut off.
/// </summary>
internal static partial class CypherGen
{
    private static readonly string[] Keywords =
    [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "AS", "ORDER", "BY", "ASC", "DESC", "SKIP", "LIMIT",
        "DISTINCT", "CREATE", "MERGE", "ON", "SET", "DELETE", "DETACH", "REMOVE", "UNION", "ALL", "AND", "OR", "XOR",
        "NOT", "IN", "IS", "NULL", "TRUE", "FALSE", "CASE", "WHEN", "THEN", "ELSE", "END", "STARTS", "ENDS", "CONTAINS",
        "EXISTS", "COUNT", "COLLECT", "CALL", "YIELD", "EXPLAIN", "PROFILE", "SHOW", "INDEX", "INDEXES", "CONSTRAINT", "DROP", "FOR",
        "REQUIRE", "UNIQUE", "IF", "FULLTEXT", "OFFSET", "reduce", "any", "none", "single", "shortestPath",
        "allShortestPaths", "collect", "size", "range", "coalesce", "toLower", "type", "labels", "keys", "nodes",
    ];

    private static readonly string[] Atoms =
    [
        "n", "m", "r", "p", "x", "_", "a1", "`weird name`", "``", "`", "Person", "Thesis", "KNOWS", "name", "age",
        "0", "-1", "42", "9223372036854775807", "9223372036854775808", "0x7FFFFFFFFFFFFFFF", "0xG", "0o17", "0o9",
        "1.5", ".5", "1e400", "1e-400", "1.", "'text'", "\"text\"", "''", "'unterminated", "'\\u00e9'", "'\\uZZ'",
        "'\\'", "$p", "$name", "$0", "$`odd`", "$", "'é日本\uD83D\uDE00'", "\uD800", "\u0000", "\u00A0",
    ];

    private static readonly string[] Symbols =
    [
        "(", ")", "[", "]", "{", "}", ",", ".", "..", ":", ";", "|", "+", "+=", "-", "*", "/", "%", "^", "=", "<>",
        "!=", "<", ">", "<=", ">=", "=~", "->", "<-", "--", "-->", "<--", "-[", "]-", "]->", "*..", "*1..2", "//", "/*", "*/",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "", "\n", "\t", "\r\n", " /* c */ ", " // c\n"];

    private static readonly string[] Vocabulary = [.. Keywords, .. Atoms, .. Symbols];

    private static readonly Gen<string> Token = Gen.OneOf(Vocabulary);

    /// <summary>Up to 40 vocabulary tokens with random separators.</summary>
    public static readonly Gen<string> TokenSoup =
        Gen.Select(Token, Gen.OneOf(Separators)).Array[0, 40]
            .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));


    /// <summary>A seed statement with one to four edits at token level.</summary>
    public static Gen<string> Mutated(IReadOnlyList<string> seeds) =>
        Gen.Select(Gen.Int[0, seeds.Count - 1], Gen.Select(Gen.Enum<TokenEdit>(), Gen.Int, Gen.Int, Token).Array[1, 4])
            .Select(t => TokenEdits.Apply(Tokens().Matches(seeds[t.Item1]).Select(m => m.Value), t.Item2));

    /// <summary>What the fuzz tests sample: half soup, half mutated seeds, now and then a seed unchanged.</summary>
    public static Gen<string> Statements(IReadOnlyList<string> seeds) =>
        Gen.Frequency<string>((3, TokenSoup), (6, Mutated(seeds)), (1, Gen.Int[0, seeds.Count - 1].Select(i => seeds[i])));

    // Whitespace, comments, quoted text and names, numbers, multi-character operators, then any one character.
    [GeneratedRegex(@"\s+|//[^\n]*|/\*.*?\*/|'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""|`[^`]*`|\$?\w+|\d+\.\d+|<>|<=|>=|=~|\+=|\.\.|->|<-|.", RegexOptions.Singleline)]
    private static partial Regex Tokens();
}
