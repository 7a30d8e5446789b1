using Graph.Cypher.Ast;

namespace Graph.Cypher.Execution.Functions;

/// <summary>Evaluates a scalar function over already-evaluated arguments.</summary>
internal delegate object? FunctionBody(object?[] arguments, QueryContext context, Position position);

/// <summary>A scalar function: its name as written in Neo4j's docs, how many arguments it takes, its body.</summary>
internal sealed record FunctionDefinition(string Name, int MinArguments, int MaxArguments, FunctionBody Body);
