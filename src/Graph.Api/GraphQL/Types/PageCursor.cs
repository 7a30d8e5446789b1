using System.Globalization;
using System.Text;
using GraphQL;

namespace Graph.Api.GraphQL.Types;

/// <summary>
/// Opaque cursors: a position in the ordered, filtered list, base64-encoded. A cursor is only meaningful with the same
/// where and orderBy it came from (as in Relay, cursors are not stable across changes to the data).
/// </summary>
internal static class PageCursor
{
    private const string Prefix = "offset:";

    public static string For(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position after <paramref name="cursor"/> (0 for null); a cursor not made here is an error naming it.</summary>
    public static int After(string? cursor)
    {
        if (cursor is null)
        {
            return 0;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                && position < int.MaxValue)
            {
                return position + 1;
            }
        }
        catch (FormatException)
        {
            // Reported below, with the cursor.
        }
        throw new ExecutionError($"'after' is not a cursor this API gave out: '{cursor}'. Use a cursor from edges or pageInfo.") { Code = "INVALID_CURSOR" };
    }
}
