using Graph.Core.Model;

namespace Graph.Api.Data;

/// <summary>
/// What each label offers to lists: the properties a `where` may test and an `orderBy` may sort on, the property a
/// person reads as its name, which of those properties hold Cypher Dates (tested by date, not as text), and its
/// relationship fields (for `has`/`lacks`, filters across them and counts to sort by).
/// Only these constant names ever reach a Cypher statement's text; values always travel as parameters.
/// </summary>
internal static class NodeCatalog
{
    private static readonly Dictionary<string, LabelInfo> ByLabel = new LabelInfo[]
    {
        new(Labels.Source, "title", ["id", "title", "url", "kind", "date", "summary", "page"]) { DateProperties = ["date"] },
        new(Labels.Person, "name", ["id", "name", "affiliation"]),
        new(Labels.Organization, "name", ["id", "name"]),
        new(Labels.Thesis, "name", ["id", "name"]),
        new(Labels.Tool, "name", ["id", "name", "url"]),
        new(Labels.Show, "name", ["id", "name"]),
        new(Labels.Quote, "text", ["id", "text"]),
        new(Labels.Practice, "name", ["id", "name", "text"]),
        new(Labels.Question, "name", ["id", "name", "text"]),
        new(Labels.Page, "path", ["id", "path", "title", "url"]),
    }.ToDictionary(info => info.Label, StringComparer.Ordinal);

    /// <summary>
    /// Every label the API serves nodes of: the model's labels and <see cref="Labels.Page"/>, the pages' bookkeeping nodes
    /// (reachable by id and from the sources they describe, never searched or listed).
    /// </summary>
    public static IReadOnlyList<string> Served { get; } = [.. Labels.All, Labels.Page];

    public static LabelInfo For(string label) =>
        ByLabel.TryGetValue(label, out var info) ? info : throw new ArgumentOutOfRangeException(nameof(label), label, "Not a label of the graph model.");

    /// <summary>The label an id names by its prefix (person:dan-shipper is a Person), or null.</summary>
    public static string? LabelOfId(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }
        var prefix = id[..colon];
        return Served.FirstOrDefault(label => label.Equals(prefix, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>One label's list vocabulary; see <see cref="NodeCatalog"/>.</summary>
internal sealed record LabelInfo(string Label, string NameProperty, IReadOnlyList<string> Properties)
{
    /// <summary>The properties that hold Cypher Dates; the others hold text.</summary>
    public IReadOnlyList<string> DateProperties { get; init; } = [];

    /// <summary>The relationship fields of this label (Source.claims, Source.people...), by field name.</summary>
    public IReadOnlyDictionary<string, GraphHop> Relations { get; } = GraphHops.All
        .Where(hop => hop.FromLabel == Label)
        .ToDictionary(hop => hop.Field, StringComparer.Ordinal);

    /// <summary>The property, when a list may test or sort on it; the guard that keeps any other name out of a statement.</summary>
    public string CheckedProperty(string property) =>
        Properties.Contains(property) ? property : throw new ArgumentException($"{Label} has no list property '{property}'.", nameof(property));

    public PropertyCondition Checked(PropertyCondition condition)
    {
        CheckedProperty(condition.Property);
        return condition;
    }

    /// <summary>The hop, when it starts from this label.</summary>
    public GraphHop Checked(GraphHop hop) =>
        hop.FromLabel == Label ? hop : throw new ArgumentException($"{hop.Name} is not a relationship field of {Label}.", nameof(hop));
}
