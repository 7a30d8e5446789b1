using System.Collections;
using Graph.Cypher.Execution.Values.Temporal;

namespace Graph.Cypher.Execution.Values;

/// <summary>Cypher's names for the runtime types, as used in type error messages.</summary>
internal static class CypherTypeNames
{
    public static string Of(object? value) => value switch
    {
        null => "NULL",
        bool => "Boolean",
        long => "Integer",
        double => "Float",
        string => "String",
        NodeRef => "Node",
        RelationshipRef => "Relationship",
        PathValue => "Path",
        DateValue => "Date",
        LocalTimeValue => "LocalTime",
        TimeValue => "Time",
        LocalDateTimeValue => "LocalDateTime",
        DateTimeValue => "DateTime",
        DurationValue => "Duration",
        IReadOnlyDictionary<string, object?> => "Map",
        IEnumerable => "List",
        _ => value.GetType().Name,
    };
}
