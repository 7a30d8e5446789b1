using Graph.Core.Cypher;
using Graph.Cypher.Ast;
using Graph.Cypher.Execution.Values;

namespace Graph.Cypher.Execution;

/// <summary>Errors raised while a query runs, worded like Neo4j's.</summary>
internal static class RuntimeErrors
{
    public const string ArithmeticError = "Neo.ClientError.Statement.ArithmeticError";

    public static CypherException Type(string message, Position? position = null) =>
        new(CypherErrorCodes.TypeError, message, position?.Line, position?.Column, position?.Offset);

    public static CypherException Expected(string what, object? value, Position? position = null) =>
        Type($"Type mismatch: expected {what} but was {CypherTypeNames.Of(value)}", position);

    public static CypherException Argument(string message, Position? position = null) =>
        new(CypherErrorCodes.ArgumentError, message, position?.Line, position?.Column, position?.Offset);

    public static CypherException Arithmetic(string message, Position? position = null) =>
        new(ArithmeticError, message, position?.Line, position?.Column, position?.Offset);

    public static CypherException Semantic(string message, Position? position = null) =>
        new(CypherErrorCodes.SemanticError, message, position?.Line, position?.Column, position?.Offset);

    public static CypherException Unsupported(string feature, Position? position = null) =>
        new(CypherErrorCodes.Unsupported, $"{feature} is not supported by the embedded engine", position?.Line, position?.Column, position?.Offset);
}
