namespace Graph.Testing;

/// <summary>An edit a mutating fuzzer makes to a seed's tokens.</summary>
internal enum TokenEdit { Delete, Insert, Swap, Replace, Repeat, Truncate, Wrap }

/// <summary>
/// Token-level mutation shared by the Cypher and GraphQL fuzzers: each language splits its seed into tokens (its own
/// regex), the edits apply here, and the tokens are joined again. A and B pick positions (any int, taken modulo the
/// count), Token is what an insert or a replace puts there.
/// </summary>
internal static class TokenEdits
{
    public static string Apply(IEnumerable<string> seedTokens, (TokenEdit Edit, int A, int B, string Token)[] edits)
    {
        var tokens = seedTokens.ToList();
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
                case TokenEdit.Delete:
                    tokens.RemoveAt(i);
                    break;
                case TokenEdit.Insert:
                    tokens.Insert(i, " " + token + " ");
                    break;
                case TokenEdit.Swap:
                    (tokens[i], tokens[j]) = (tokens[j], tokens[i]);
                    break;
                case TokenEdit.Replace:
                    tokens[i] = token;
                    break;
                case TokenEdit.Repeat:
                    // A run of up to 30 tokens from the earlier position, repeated in place.
                    var start = Math.Min(i, j);
                    tokens.InsertRange(start, tokens.GetRange(start, Math.Min(Math.Abs(i - j) + 1, 30)));
                    break;
                case TokenEdit.Truncate:
                    tokens.RemoveRange(i, tokens.Count - i);
                    break;
                case TokenEdit.Wrap:
                    tokens.Insert(Math.Max(i, j), ")");
                    tokens.Insert(Math.Min(i, j), "(");
                    break;
            }
        }
        return string.Concat(tokens);
    }
}
