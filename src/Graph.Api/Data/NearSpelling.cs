using Graph.Core.Model;

namespace Graph.Api.Data;

/// <summary>
/// Finds the name a misspelt one was meant to be: both are normalized (case, accents, punctuation and spacing
/// dropped, as in node ids) and compared by edit distance, allowing about one edit per five characters.
/// </summary>
internal static class NearSpelling
{
    /// <summary>The id of the candidate whose name or alias is nearest to <paramref name="asked"/> within the allowance; ties go to the lower id.</summary>
    public static string? Closest(string asked, IEnumerable<(string Id, IReadOnlyList<string> Names)> candidates)
    {
        var wanted = Normalize(asked);
        if (wanted.Length < 4)
        {
            return null;
        }
        var allowed = Math.Min(3, Math.Max(1, wanted.Length / 5));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (id, names) in candidates)
        {
            foreach (var name in names)
            {
                var distance = Distance(wanted, Normalize(name), allowed);
                if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(id, best) < 0)))
                {
                    best = id;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    public static string Normalize(string text) => NodeIds.Slug(text).Replace('-', ' ');

    /// <summary>Levenshtein distance, giving up (returning limit + 1) once every cell of a row exceeds <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }
            if (rowMinimum > limit)
            {
                return limit + 1;
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
