using GraphQL.Types;

namespace Graph.Api.GraphQL.Types;

/// <summary>input StringFilter { eq contains startsWith in }: tests one text property; every test given must hold.</summary>
internal sealed class StringFilterType : InputObjectGraphType
{
    public StringFilterType()
    {
        Name = "StringFilter";
        Description = "Tests of a text property; every test given must hold.";
        Field<StringGraphType>("eq").Description("Equal, exactly.");
        Field<StringGraphType>("contains").Description("Contains this text, ignoring case.");
        Field<StringGraphType>("startsWith").Description("Starts with this text, ignoring case.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Equal, exactly, to one of these.");
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
