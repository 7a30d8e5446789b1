using Graph.Api.Data;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>
/// SourceWhere...: per-property StringFilters (DateFilters for dates), relationship existence (has/lacks), and per relationship field the tests
/// at least one node at its far end must pass (mentions: { name: { eq: "Codex" } }); every condition given must hold.
/// </summary>
internal sealed class NodeWhereType<TNodeType> : InputObjectGraphType
    where TNodeType : IGraphType
{
    public NodeWhereType()
    {
        var info = NodeCatalog.For(NodeTypeLabels.Of<TNodeType>());
        Name = $"{info.Label}Where";
        Description = $"Conditions on {info.Label} nodes; every condition given must hold.";
        this.PropertyFilters(info);
        Field<ListGraphType<NonNullGraphType<NodeRelationType<TNodeType>>>>("has").Description("Relationship fields that must have at least one node.");
        Field<ListGraphType<NonNullGraphType<NodeRelationType<TNodeType>>>>("lacks").Description("Relationship fields that must have no node.");
        foreach (var (field, hop) in info.Relations.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (info.Properties.Contains(field) || field is "has" or "lacks")
            {
                throw new InvalidOperationException($"{info.Label}Where cannot have both a property and a relationship field named '{field}'.");
            }
            Field(field, typeof(NodePropertyWhereType<>).MakeGenericType(NodeTypeLabels.GraphTypeOf(hop.ToLabel)))
                .Description($"At least one node of {info.Label}.{field} ({hop.ToLabel}) passes these tests.");
        }
    }
}

/// <summary>SourcePropertyWhere...: tests of a label's own properties, for a filter across a relationship (one hop, no further).</summary>
internal sealed class NodePropertyWhereType<TNodeType> : InputObjectGraphType
    where TNodeType : IGraphType
{
    public NodePropertyWhereType()
    {
        var info = NodeCatalog.For(NodeTypeLabels.Of<TNodeType>());
        Name = $"{info.Label}PropertyWhere";
        Description = $"Tests of a {info.Label}'s own properties, across a relationship; every test given must hold on the same {info.Label}.";
        this.PropertyFilters(info);
    }
}

internal static class PropertyFilterFields
{
    /// <summary>A filter field for each property of the label a list may test: a DateFilter for dates, else a StringFilter.</summary>
    public static void PropertyFilters(this InputObjectGraphType type, LabelInfo info)
    {
        foreach (var property in info.Properties)
        {
            if (info.DateProperties.Contains(property))
            {
                type.Field<DateFilterType>(property).Description($"Tests of {property}.");
            }
            else
            {
                type.Field<StringFilterType>(property).Description($"Tests of {property}.");
            }
        }
    }
}

/// <summary>SourceRelation...: the relationship fields of a label, for has/lacks and count sort keys.</summary>
internal sealed class NodeRelationType<TNodeType> : EnumerationGraphType
    where TNodeType : IGraphType
{
    public NodeRelationType()
    {
        var info = NodeCatalog.For(NodeTypeLabels.Of<TNodeType>());
        Name = $"{info.Label}Relation";
        Description = $"A relationship field of {info.Label}.";
        foreach (var (field, hop) in info.Relations.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            Add(EnumValueNames.Of(field), hop, $"{info.Label}.{field}");
        }
    }
}

/// <summary>The enum value that stands for a field or property name: appearsIn is APPEARS_IN.</summary>
internal static class EnumValueNames
{
    public static string Of(string field) =>
        string.Concat(field.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + c : char.ToUpperInvariant(c).ToString()));
}

/// <summary>SourceField...: the properties of a label a list can be ordered by.</summary>
internal sealed class NodeFieldType<TNodeType> : EnumerationGraphType
    where TNodeType : IGraphType
{
    public NodeFieldType()
    {
        var info = NodeCatalog.For(NodeTypeLabels.Of<TNodeType>());
        Name = $"{info.Label}Field";
        Description = $"A property of {info.Label} to order by.";
        foreach (var property in info.Properties)
        {
            Add(EnumValueNames.Of(property), property, $"{info.Label}.{property}");
        }
    }
}

/// <summary>SourceOrder...: one sort key, by a property or by how many nodes a relationship field has.</summary>
internal sealed class NodeOrderType<TNodeType> : InputObjectGraphType
    where TNodeType : IGraphType
{
    public NodeOrderType()
    {
        var info = NodeCatalog.For(NodeTypeLabels.Of<TNodeType>());
        Name = $"{info.Label}Order";
        Description = $"A sort key for {info.Label} lists: give exactly one of field and count. Ties fall to the next key, then to {info.NameProperty}, then to id.";
        Field<NodeFieldType<TNodeType>>("field").Description("The property to sort by.");
        Field<NodeRelationType<TNodeType>>("count").Description("Sort by how many distinct nodes this relationship field has (e.g. a tool's MENTIONED_IN: the sources that mention it).");
        Field<SortDirectionType>("direction").Description("ASC (default) or DESC.").DefaultValue(false);
    }
}
