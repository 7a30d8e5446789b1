using Graph.Api.Data;
using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>SourceWhere...: per-property StringFilters plus relationship existence (has/lacks), all of which must hold.</summary>
internal sealed class NodeWhereType<TNodeType> : InputObjectGraphType
    where TNodeType : IGraphType
{
    public NodeWhereType()
    {
        var info = NodeCatalog.For(NodeTypeLabels.Of<TNodeType>());
        Name = $"{info.Label}Where";
        Description = $"Conditions on {info.Label} nodes; every condition given must hold.";
        foreach (var property in info.Properties)
        {
            Field<StringFilterType>(property).Description($"Tests of {property}.");
        }
        Field<ListGraphType<NonNullGraphType<NodeRelationType<TNodeType>>>>("has").Description("Relationship fields that must have at least one node.");
        Field<ListGraphType<NonNullGraphType<NodeRelationType<TNodeType>>>>("lacks").Description("Relationship fields that must have no node.");
    }
}

/// <summary>SourceRelation...: the relationship fields of a label, for has/lacks.</summary>
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
            Add(ConstantName(field), hop, $"{info.Label}.{field}");
        }
    }

    /// <summary>appearsIn is APPEARS_IN.</summary>
    internal static string ConstantName(string field) =>
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
            Add(NodeRelationType<TNodeType>.ConstantName(property), property, $"{info.Label}.{property}");
        }
    }
}

/// <summary>SourceOrder...: one sort key.</summary>
internal sealed class NodeOrderType<TNodeType> : InputObjectGraphType
    where TNodeType : IGraphType
{
    public NodeOrderType()
    {
        var label = NodeTypeLabels.Of<TNodeType>();
        Name = $"{label}Order";
        Description = $"A sort key for {label} lists; ties fall to the next key, then to id.";
        Field<NonNullGraphType<NodeFieldType<TNodeType>>>("field").Description("The property to sort by.");
        Field<SortDirectionType>("direction").Description("ASC (default) or DESC.").DefaultValue(false);
    }
}
