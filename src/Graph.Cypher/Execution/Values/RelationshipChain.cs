using System.Collections;

namespace Graph.Cypher.Execution.Values;

/// <summary>
/// The relationships of a variable-length match as a list of <see cref="RelationshipRef"/>. Built from a
/// shared chain of links so emitting each path is O(1); the list itself is only made when someone reads it.
/// </summary>
internal sealed class RelationshipChain(RelationshipChain.Link? last, bool reversed) : IReadOnlyList<object?>
{
    /// <summary>One step of a depth-first walk; Previous is the step before it (shared by all longer paths).</summary>
    internal sealed record Link(long Id, Link? Previous, int Depth);

    private List<object?>? _items;

    public int Count => last?.Depth ?? 0;

    public object? this[int index] => Items[index];

    private List<object?> Items => _items ??= Build();

    private List<object?> Build()
    {
        var items = new List<object?>(Count);
        for (var link = last; link is not null; link = link.Previous)
        {
            items.Add(new RelationshipRef(link.Id));
        }
        // The walk collects last-to-first; the written order is first-to-last unless the pattern was walked backwards.
        if (!reversed)
        {
            items.Reverse();
        }
        return items;
    }

    public IEnumerator<object?> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
