using System.Globalization;
using System.Text;

namespace Graph.Core.Model;

/// <summary>
/// Stable node ids derived from a canonical name: <c>person:andrew-ambrosino</c>,
/// <c>thesis:taste-is-the-bottleneck</c>. Re-imports MERGE onto the same id.
/// </summary>
public static class NodeIds
{
    public static string For(string label, string canonicalName) =>
        $"{label.ToLowerInvariant()}:{Slug(canonicalName)}";

    /// <summary>Lower-case ASCII words joined by '-': accents folded, punctuation and quotes dropped.</summary>
    public static string Slug(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (c is '\'' or '’' or '‘')
            {
                continue; // "Lenny's" -> "lennys", not "lenny-s"
            }
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                if (pendingDash && slug.Length > 0)
                {
                    slug.Append('-');
                }
                slug.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }
        return slug.ToString();
    }
}
