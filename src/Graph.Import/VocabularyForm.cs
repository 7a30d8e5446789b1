namespace Graph.Import;

/// <summary>A folded, whitespace-normalized spelling and the entry it names.</summary>
internal sealed record VocabularyForm(string Folded, VocabularyEntry Entry);
