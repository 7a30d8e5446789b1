using System.Globalization;

namespace Graph.Api.Data;

/// <summary>
/// The parameters of a statement being composed from fragments: each value gets a fresh name ($p0, $p1...), so fragments
/// compiled one after another never reuse a name. User values reach a statement only this way, never as its text.
/// </summary>
internal sealed class StatementParameters(string prefix = "p")
{
    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="value"/> under a new name and returns how the statement refers to it, e.g. $p3.</summary>
    public string Add(object? value)
    {
        // Values only grow, so the count never names a parameter twice.
        var name = prefix + Values.Count.ToString(CultureInfo.InvariantCulture);
        Values[name] = value;
        return "$" + name;
    }
}
