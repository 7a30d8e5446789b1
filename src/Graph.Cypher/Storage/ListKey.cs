using System.Collections.Immutable;

namespace Graph.Cypher.Storage;

/// <summary>The normalized key of a list value: equal when the element keys are equal pairwise.</summary>
internal sealed class ListKey(ImmutableArray<object> elements) : IEquatable<ListKey>
{
    public ImmutableArray<object> Elements { get; } = elements;

    public bool Equals(ListKey? other)
    {
        if (other is null || other.Elements.Length != Elements.Length)
        {
            return false;
        }
        for (var i = 0; i < Elements.Length; i++)
        {
            if (!Elements[i].Equals(other.Elements[i]))
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is ListKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var element in Elements)
        {
            hash.Add(element);
        }
        return hash.ToHashCode();
    }
}
