namespace Graph.Cypher.Execution.Evaluation;

/// <summary>A compiled expression: reads variables from the row's slots.</summary>
internal delegate object? Evaluator(object?[] row, QueryContext context);
