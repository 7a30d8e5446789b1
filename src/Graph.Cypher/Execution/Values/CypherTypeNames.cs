using System.Collections;

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
        IReadOnlyDictionary<string, object?> => "Map",
        IEnumerable => "List",
        _ => value.GetType().Name,
    };
}
