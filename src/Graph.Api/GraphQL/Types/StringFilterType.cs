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

/// <summary>input DateFilter { eq in gt gte lt lte }: tests one date property; every test given must hold.</summary>
internal sealed class DateFilterType : InputObjectGraphType
{
    public DateFilterType()
    {
        Name = "DateFilter";
        Description = "Tests of a date property; every test given must hold. A node without a date passes none of them.";
        Field<CalendarDateType>("eq").Description("On this day.");
        Field<ListGraphType<NonNullGraphType<CalendarDateType>>>("in").Description("On one of these days.");
        Field<CalendarDateType>("gt").Description("After this day.");
        Field<CalendarDateType>("gte").Description("On or after this day.");
        Field<CalendarDateType>("lt").Description("Before this day.");
        Field<CalendarDateType>("lte").Description("On or before this day.");
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
