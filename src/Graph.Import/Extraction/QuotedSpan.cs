namespace Graph.Import.Extraction;

/// <summary>
/// A quotation in a text: <see cref="Start"/> is the opening mark, <see cref="End"/> one past the closing mark,
/// <see cref="Content"/> what is inside (outer whitespace trimmed).
/// </summary>
internal sealed record QuotedSpan(int Start, int End, string Content);
