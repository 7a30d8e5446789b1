namespace Graph.Import.Extraction;

/// <summary>A vocabulary name found in a text at [Start, Start + Length).</summary>
internal sealed record Mention(int Start, int Length, VocabularyEntry Entry)
{
    public int End => Start + Length;
}
