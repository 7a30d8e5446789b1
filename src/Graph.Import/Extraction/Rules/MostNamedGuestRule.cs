using Graph.Core.Model;

namespace Graph.Import.Extraction.Rules;

/// <summary>
/// A page about an episode or a talk names the one it is about far more than anyone else. When no cue gave anyone the
/// guest's or speaker's part, the person the page names at least three times, and more than twice as often as anyone
/// else (in full or by surname), is the guest, with low confidence. A host or author named most gains nothing.
/// </summary>
internal sealed class MostNamedGuestRule : IExtractionRule
{
    private const int MinNamings = 3;

    public void Apply(PageContext context)
    {
        if (context.Participants.Any(p => p.Role is "guest" or "speaker"))
        {
            return;
        }
        var text = context.Page.Text;
        var counts = context.Facts.Names(Labels.Person)
            .Where(name => name.Contains(' ', StringComparison.Ordinal))
            .Select(name => (Name: name, Count: Namings(text, name)))
            .OrderByDescending(c => c.Count)
            .ToList();
        if (counts.Count == 0 || counts[0].Count < MinNamings || (counts.Count > 1 && counts[1].Count * 2 >= counts[0].Count))
        {
            return;
        }
        var id = NodeIds.For(Labels.Person, counts[0].Name);
        if (context.Participants.Any(p => p.PersonId == id) || FirstLine(context, counts[0].Name) is not var (line, evidence))
        {
            return;
        }
        using var _ = context.Facts.Because("most-named", 0.5);
        context.Participant(id, "guest", context.Provenance(context.Page.Intro.Name, line, evidence));
    }

    // "Peter Steinberger" and "Steinberger" alone, as whole words.
    private static int Namings(string text, string name)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..];
        var count = 0;
        for (var at = text.IndexOf(last, StringComparison.Ordinal); at >= 0; at = text.IndexOf(last, at + last.Length, StringComparison.Ordinal))
        {
            var end = at + last.Length;
            if ((at == 0 || !IsNamePart(text[at - 1])) && (end == text.Length || !IsNamePart(text[end])))
            {
                count++;
            }
        }
        return count;
    }

    private static bool IsNamePart(char c) => char.IsLetter(c) || c == '-';

    private static (int Line, string Text)? FirstLine(PageContext context, string name)
    {
        foreach (var line in context.Page.Sections.SelectMany(s => s.Blocks).SelectMany(b => b.Lines))
        {
            if (line.Text.Contains(name, StringComparison.Ordinal))
            {
                return (line.Line, line.Text.Trim());
            }
        }
        return null;
    }
}
