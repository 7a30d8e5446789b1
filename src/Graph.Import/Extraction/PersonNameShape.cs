using Graph.Import.Parsing;

namespace Graph.Import.Extraction;

/// <summary>
/// Whether a phrase can be a person's name when the vocabulary does not say: one to four capitalized words
/// (particles like "van" and initials allowed), no digits, and not a known show, tool, company, source,
/// section heading or common capitalized word.
/// </summary>
internal static class PersonNameShape
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "van", "von", "der", "den", "da", "di", "la", "le", "du", "bin", "al", "y" };

    // Capitalized words that start phrases but are never a name on their own.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "you", "i",
        "ai", "agi", "llm", "llms", "api", "ceo", "cto", "pm", "ic", "ux", "ui", "same", "see", "also", "and", "or",
        "podcast", "show", "episode", "interview", "talk", "essay", "post", "paper", "video", "newsletter", "blog",
        "claude", "chatgpt", "gpt", "openai", "anthropic", "google", "microsoft", "meta", "apple", "amazon",
        "note", "notes", "part", "chapter", "section", "summary", "source", "wiki",
    };

    public static bool IsPlausible(string phrase, Vocabulary vocabulary)
    {
        var name = phrase.Trim();
        if (name.Length < 2 || name.Length > 60 || name.Any(char.IsDigit) || SectionNames.IsKnown(name))
        {
            return false;
        }
        if (vocabulary.FindAny(name, EntityKind.Show, EntityKind.Tool, EntityKind.Organization, EntityKind.Source, EntityKind.Thesis) is not null)
        {
            return false;
        }
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Evans Benedict Evans": a name run into the same name again, as saved pages glue lines, is not one name.
        if (words.Length is 0 or > 4 || NotNames.Contains(words[0].TrimEnd('.')) || (words.Length == 1 && NotNames.Contains(words[0]))
            || words.Distinct(StringComparer.OrdinalIgnoreCase).Count() < words.Length)
        {
            return false;
        }
        return words.All(IsNameWord) && words.Any(w => !Particles.Contains(w));
    }

    private static bool IsNameWord(string word)
    {
        if (Particles.Contains(word))
        {
            return true;
        }
        if (!char.IsUpper(word[0]) || NotNames.Contains(word))
        {
            return false;
        }
        // Letters with inner hyphens or apostrophes (O’Neil, Jean-Luc) or an initial ("J.").
        return word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.')
            && !(word.Length > 2 && word.All(char.IsUpper));
    }
}
