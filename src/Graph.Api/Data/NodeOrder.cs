namespace Graph.Api.Data;

/// <summary>
/// How a list of one label's nodes is ordered: its keys, first one first; ties then fall to the label's name property
/// and to id, so the order is total and an offset cursor finds the same place again.
/// </summary>
internal sealed record NodeOrder(IReadOnlyList<SortKey> Keys)
{
    public static NodeOrder ByName { get; } = new([]);

    /// <summary>
    /// Clauses that order the rows of <paramref name="variable"/>, a node of <paramref name="label"/>: for each count key an
    /// OPTIONAL MATCH and a WITH that counts the distinct far nodes (a fact stated on two pages is two relationships but
    /// one node), then WITH ... ORDER BY. Only <paramref name="variable"/> and the counts are bound after them.
    /// </summary>
    public string Compile(string variable, string label)
    {
        var info = NodeCatalog.For(label);
        var clauses = new List<string>();
        var counts = new List<string>();
        var items = OrderItems(variable, info, (hop, _) =>
        {
            var far = $"{variable}_far{counts.Count}";
            var count = $"{variable}_count{counts.Count}";
            clauses.Add($"OPTIONAL MATCH ({variable}){info.Checked(hop).Pattern}({far}:{hop.ToLabel})");
            clauses.Add($"WITH {string.Join(", ", [variable, .. counts])}, count(DISTINCT {far}) AS {count}");
            counts.Add(count);
            return count;
        });
        clauses.Add($"WITH {string.Join(", ", [variable, .. counts])} ORDER BY {items}");
        return string.Join(" ", clauses);
    }

    /// <summary>
    /// The same order as ORDER BY items alone, each count a COLLECT { } of the distinct far nodes, for a statement that
    /// orders inside a subquery (the GraphQL translation), where no clause can come between.
    /// </summary>
    public string Items(string variable, string label)
    {
        var info = NodeCatalog.For(label);
        return OrderItems(variable, info, (hop, index) =>
        {
            var far = $"{variable}_far{index}";
            return $"size(COLLECT {{ MATCH ({variable}){info.Checked(hop).Pattern}({far}:{hop.ToLabel}) RETURN DISTINCT {far} }})";
        });
    }

    /// <summary>The ORDER BY items: each key (a count as <paramref name="count"/> writes it, given its key's index), then name, then id.</summary>
    private string OrderItems(string variable, LabelInfo info, Func<GraphHop, int, string> count)
    {
        var items = new List<string>();
        foreach (var key in Keys)
        {
            var sorted = key.Count is { } hop ? count(hop, items.Count) : $"{variable}.{info.CheckedProperty(key.Property!)}";
            items.Add(key.Descending ? sorted + " DESC" : sorted);
        }
        if (!Keys.Any(key => key.Property == info.NameProperty))
        {
            items.Add($"{variable}.{info.NameProperty}");
        }
        items.Add($"{variable}.id");
        return string.Join(", ", items);
    }
}

/// <summary>One sort key: a property of the node, or how many distinct nodes its relationship field <see cref="Count"/> reaches.</summary>
internal sealed record SortKey(string? Property, GraphHop? Count, bool Descending)
{
    public static SortKey ByProperty(string property, bool descending = false) => new(property, null, descending);

    public static SortKey ByCount(GraphHop hop, bool descending = false) => new(null, hop, descending);
}
