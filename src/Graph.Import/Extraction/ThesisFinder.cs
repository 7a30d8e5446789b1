using System.Text.RegularExpressions;

namespace Graph.Import.Extraction;

/// <summary>
/// Finds the theses a text names: quoted phrases that are ideas rather than titles or names (a declared thesis,
/// or a clause of three or more words that is not in Title Case), declared theses mentioned without quotes,
/// and "the thesis that …" clauses. Quotations attributed with a colon are speech, not theses, unless declared.
/// </summary>
internal static partial class ThesisFinder
{
    public static IReadOnlyList<ThesisMention> Find(PageContext context, string text)
    {
        var found = new List<ThesisMention>();
        var quotes = QuotedSpans.Find(text);
        foreach (var quote in quotes)
        {
            var declared = context.Vocabulary.Find(EntityKind.Thesis, PageContext.ThesisName(quote.Content));
            if (declared is null && (Attribution.Speaker(text, quote) is not null || !IsIdea(context, quote.Content)))
            {
                continue;
            }
            found.Add(new ThesisMention(quote.Start, quote.End, declared?.Name ?? PageContext.ThesisName(quote.Content), Attribution.Possessor(text, quote)));
        }
        foreach (var mention in context.Mentions(text))
        {
            if (mention.Entry.Kind == EntityKind.Thesis && !quotes.Any(q => mention.Start >= q.Start && mention.Start < q.End))
            {
                found.Add(new ThesisMention(mention.Start, mention.End, mention.Entry.Name, null));
            }
        }
        foreach (Match match in ThesisThat().Matches(text))
        {
            var clause = match.Groups["clause"];
            if (!found.Any(f => f.Start < clause.Index + clause.Length && clause.Index < f.End) && clause.Value.Split(' ').Length >= 3)
            {
                found.Add(new ThesisMention(clause.Index, clause.Index + clause.Length, PageContext.ThesisName(clause.Value), null));
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>A clause worth a Thesis node: 3–30 words, mostly lower case (titles are Title Case), naming nothing else.</summary>
    public static bool IsIdea(PageContext context, string phrase)
    {
        var name = PageContext.ThesisName(phrase);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 3 or > 30 || context.NamesSomethingElse(name))
        {
            return false;
        }
        var significant = words.Where(w => w.Length > 3).ToList();
        return significant.Count > 0 && significant.Count(w => char.IsLower(w[0])) * 2 >= significant.Count;
    }

    [GeneratedRegex(@"\bthe (?:thesis|claim|idea) that\s+(?<clause>[^;:—–.“”""()]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ThesisThat();
}
