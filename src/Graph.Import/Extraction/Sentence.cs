namespace Graph.Import.Extraction;

/// <summary>A sentence of a block's text: where it starts in that text and what it says.</summary>
internal sealed record Sentence(int Start, string Text);
