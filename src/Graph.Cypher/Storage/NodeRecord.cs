using System.Collections.Immutable;

namespace Graph.Cypher.Storage;

/// <summary>A stored node. Property values are Cypher property values: bool, long, double, string, or lists of those.</summary>
public sealed record NodeRecord(long Id, ImmutableArray<string> Labels, PropertyDictionary Properties)
{
    public bool HasLabel(string label) => Labels.Contains(label);
}
