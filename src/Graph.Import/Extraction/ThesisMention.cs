namespace Graph.Import.Extraction;

/// <summary>A thesis named in a text at [Start, End), with the person it is attributed to by a possessive, if any.</summary>
internal sealed record ThesisMention(int Start, int End, string Name, string? Possessor);
