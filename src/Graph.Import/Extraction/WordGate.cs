using System.Buffers;

namespace Graph.Import.Extraction;

/// <summary>
/// The literal words of a pattern's alternation ("argues|believes|warns"), looked for in one vectorized pass before the
/// pattern runs: a text with none of them cannot match, and most blocks have none.
/// </summary>
internal sealed class WordGate(string alternation)
{
    private readonly SearchValues<string> words = SearchValues.Create(alternation.Split('|', StringSplitOptions.RemoveEmptyEntries).Distinct().ToArray(), StringComparison.Ordinal);

    public bool MayMatch(string text) => text.AsSpan().IndexOfAny(words) >= 0;
}
