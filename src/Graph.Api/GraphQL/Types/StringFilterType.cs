using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>input StringFilter { eq contains startsWith in }: tests one text property; every test given must hold. Only eq minds case.</summary>
internal sealed class StringFilterType : InputObjectGraphType
{
    public StringFilterType()
    {
        Name = "StringFilter";
        Description = "Tests of a text property; every test given must hold. Only eq minds case.";
        Field<StringGraphType>("eq").Description("Equal, exactly: case matters (use in: [...] to ignore it).");
        Field<StringGraphType>("contains").Description("Contains this text, ignoring case.");
        Field<StringGraphType>("startsWith").Description("Starts with this text, ignoring case.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Equal to one of these, ignoring case.");
    }
}

/// <summary>enum SortDirection { ASC DESC }</summary>
internal sealed class SortDirectionType : EnumerationGraphType
{
    public SortDirectionType()
    {
        Name = "SortDirection";
        Description = "Which way to sort.";
        Add("ASC", false, "Smallest first (A to Z); missing values last.");
        Add("DESC", true, "Largest first (Z to A); missing values first.");
    }
}
