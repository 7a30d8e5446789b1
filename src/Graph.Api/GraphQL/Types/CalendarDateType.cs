using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core.Cypher;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL.Types;

/// <summary>
/// scalar Date: a calendar day written YYYY-MM-DD (ISO 8601), in and out. In, it becomes a DateOnly; out, it takes the
/// Cypher Dates the store returns (CypherTemporal) and DateOnly. Anything else is an error that says what was wrong:
/// another shape of text, a day the calendar lacks, a value that is no Date.
/// </summary>
internal sealed partial class CalendarDateType : ScalarGraphType
{
    public CalendarDateType()
    {
        Name = "Date";
        Description = "A calendar day, written YYYY-MM-DD (ISO 8601), e.g. 2025-03-05.";
    }

    // Any scalar literal passes the generic type check, so that parsing it gives the reason a bad one is no Date
    // (the check's own message says only "Expected type 'Date'").
    public override bool CanParseLiteral(GraphQLValue value) => value is not (GraphQLObjectValue or GraphQLListValue or GraphQLVariable);

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Parse((string)text.Value),
        _ => ThrowLiteralConversionError(value, $"a Date is a string written {Example}"),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateOnly day => day,
        string text => Parse(text),
        _ => throw new DateInputException(CypherValueText.Literal(value), $"a Date is a string written {Example}"),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateOnly day => Write(day),
        CypherTemporal temporal when temporal.TryGetDate(out _) => temporal.Iso,
        _ => throw new StoredValueNotADateException(value),
    };

    public override GraphQLValue ToAST(object? value) => Serialize(value) is string text ? new GraphQLStringValue(text) : new GraphQLNullValue();

    /// <summary>The day <paramref name="text"/> names, or a <see cref="DateInputException"/> that says why it names none.</summary>
    public static DateOnly Parse(string text)
    {
        if (!IsoDay().IsMatch(text))
        {
            throw new DateInputException($"\"{text}\"", $"write it {Example}");
        }
        if (!DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new DateInputException($"\"{text}\"", "there is no such day in the calendar");
        }
        return day;
    }

    private const string Format = "yyyy-MM-dd";

    private const string Example = "YYYY-MM-DD, e.g. \"2025-03-05\"";

    private static string Write(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDay();
}

/// <summary>A value the store holds where a Date belongs (written by hand with Cypher, say): the field's error names it.</summary>
internal sealed class StoredValueNotADateException(object value)
    : InvalidOperationException($"The stored value {CypherValueText.Literal(value)} is not a Date from year 1 to 9999, so it cannot be written as YYYY-MM-DD.");

/// <summary>Input that is no Date: the value as given and the <see cref="Reason"/>, which says what to send instead.</summary>
internal sealed class DateInputException(string value, string reason) : FormatException($"{value} is not a Date: {reason}.")
{
    public string Reason { get; } = reason;
}
