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
                var distance = EditDistance.Within(wanted, Normalize(name), allowed);
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
}
