using Graph.Core.Cypher;
using Graph.Core.Model;

namespace Graph.Api.Data;

/// <summary>A node of the graph as the GraphQL layer sees it: its stable id, its model label and its properties.</summary>
internal sealed record GraphEntity(string Id, string Label, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>name, else title (Sources), else text (quotes, practices, questions), else the id: what a person reads as this node's name.</summary>
    /// <remarks>Computed once: every list in the API is sorted by it.</remarks>
    public string DisplayName { get; } = TextOf(Properties, "name") ?? TextOf(Properties, "title") ?? TextOf(Properties, "text") ?? Id;

    public string? Text(string key) => TextOf(Properties, key);

    /// <summary>A list property as strings; a single string counts as a one-item list.</summary>
    public IReadOnlyList<string> Texts(string key) => Properties.TryGetValue(key, out var value) ? value switch
    {
        string s => [s],
        IEnumerable<object?> items => items.Where(item => item is not null).Select(item => CypherValueText.Format(item)).ToList(),
        _ => [],
    } : [];

    public long? Integer(string key) => Properties.TryGetValue(key, out var value) ? value switch
    {
        long l => l,
        int i => i,
        double d when Math.Abs(d % 1) < double.Epsilon => (long)d,
        _ => null,
    } : null;

    /// <summary>The entity for a node the store returned; null for anything that is not a node with an id.</summary>
    public static GraphEntity? From(object? value)
    {
        if (value is not CypherNode node || node["id"] is not string id)
        {
            return null;
        }
        return new GraphEntity(id, ModelLabel(node.Labels), node.Properties);
    }

    /// <summary>The first of the node's labels that the model knows, else its first label (a loop: called for every node of every answer).</summary>
    private static string ModelLabel(IReadOnlyList<string> labels)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (NodeCatalog.Served.Contains(labels[i]))
            {
                return labels[i];
            }
        }
        return labels.Count > 0 ? labels[0] : "";
    }

    /// <summary>Orders entities the way every list in the API is ordered: by name, then id.</summary>
    public static IReadOnlyList<GraphEntity> Sorted(IEnumerable<GraphEntity> entities)
    {
        var list = entities.ToList();
        SortInPlace(list);
        return list;
    }

    /// <summary>
    /// <see cref="Sorted"/> without a copy: a stable insertion sort, since these lists are a node's neighbours (tens of
    /// items) and LINQ's OrderBy allocated key and index arrays for every one of them.
    /// </summary>
    public static void SortInPlace(List<GraphEntity> entities)
    {
        for (var i = 1; i < entities.Count; i++)
        {
            var entity = entities[i];
            var j = i - 1;
            while (j >= 0 && Compare(entities[j], entity) > 0)
            {
                entities[j + 1] = entities[j];
                j--;
            }
            entities[j + 1] = entity;
        }
    }

    private static int Compare(GraphEntity left, GraphEntity right)
    {
        var byName = StringComparer.OrdinalIgnoreCase.Compare(left.DisplayName, right.DisplayName);
        return byName != 0 ? byName : StringComparer.Ordinal.Compare(left.Id, right.Id);
    }

    private static string? TextOf(IReadOnlyDictionary<string, object?> properties, string key) =>
        properties.TryGetValue(key, out var value) ? value switch
        {
            null => null,
            string s => s,
            _ => CypherValueText.Format(value),
        } : null;
}
