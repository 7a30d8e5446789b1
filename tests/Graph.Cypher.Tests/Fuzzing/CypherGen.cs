using System.Text.RegularExpressions;
using CsCheck;

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

    private enum Edit { Delete, Insert, Swap, Replace, Repeat, Truncate, Wrap }

    /// <summary>A seed statement with one to four edits at token level.</summary>
    public static Gen<string> Mutated(IReadOnlyList<string> seeds) =>
        Gen.Select(Gen.Int[0, seeds.Count - 1], Gen.Select(Gen.Enum<Edit>(), Gen.Int, Gen.Int, Token).Array[1, 4])
            .Select(t => Apply(seeds[t.Item1], t.Item2));

    /// <summary>What the fuzz tests sample: half soup, half mutated seeds, now and then a seed unchanged.</summary>
    public static Gen<string> Statements(IReadOnlyList<string> seeds) =>
        Gen.Frequency<string>((3, TokenSoup), (6, Mutated(seeds)), (1, Gen.Int[0, seeds.Count - 1].Select(i => seeds[i])));

    private static string Apply(string seed, (Edit Edit, int A, int B, string Token)[] edits)
    {
        var tokens = Tokens().Matches(seed).Select(m => m.Value).ToList();
        foreach (var (edit, a, b, token) in edits)
        {
            if (tokens.Count == 0)
            {
                tokens.Add(token);
                continue;
            }
            var i = (int)((uint)a % tokens.Count);
            var j = (int)((uint)b % tokens.Count);
            switch (edit)
            {
                case Edit.Delete:
                    tokens.RemoveAt(i);
                    break;
                case Edit.Insert:
                    tokens.Insert(i, " " + token + " ");
                    break;
                case Edit.Swap:
                    (tokens[i], tokens[j]) = (tokens[j], tokens[i]);
                    break;
                case Edit.Replace:
                    tokens[i] = token;
                    break;
                case Edit.Repeat:
                    tokens.InsertRange(i, tokens.GetRange(Math.Min(i, j), Math.Abs(i - j) % 20 + 1 > tokens.Count - Math.Min(i, j) ? 1 : Math.Abs(i - j) % 20 + 1));
                    break;
                case Edit.Truncate:
                    tokens.RemoveRange(i, tokens.Count - i);
                    break;
                case Edit.Wrap:
                    tokens.Insert(Math.Max(i, j), ")");
                    tokens.Insert(Math.Min(i, j), "(");
                    break;
            }
        }
        return string.Concat(tokens);
    }

    // Whitespace, comments, quoted text and names, numbers, multi-character operators, then any one character.
    [GeneratedRegex(@"\s+|//[^\n]*|/\*.*?\*/|'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""|`[^`]*`|\$?\w+|\d+\.\d+|<>|<=|>=|=~|\+=|\.\.|->|<-|.", RegexOptions.Singleline)]
    private static partial Regex Tokens();
}
