using Graph.Core.Cypher;
using Graph.Cypher.Execution.Evaluation;
using Graph.Cypher.Execution.Values;
using Graph.Cypher.Procedures;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// CALL: for each input row, runs the procedure with the arguments evaluated over it and yields the row once per
/// result row, the yielded outputs (<paramref name="outputs"/>, indexes into the signature) written into
/// <paramref name="slots"/>. Yielding nothing (a void procedure), it passes each row through once the call is done.
/// </summary>
internal sealed class ProcedureCall(Operator input, Procedure procedure, Evaluator[] arguments, int[] outputs, int[] slots, string text) : Operator(input)
{
    public override bool YieldsOwnRows => slots.Length > 0;

    public override IEnumerable<object?[]> Run(QueryContext context, object?[] argument)
    {
        var conversion = new ResultConversion(context.View);
        foreach (var row in InputRows(context, argument))
        {
            var values = new object?[arguments.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = conversion.ToResult(arguments[i](row, context));
            }
            var invocation = new ProcedureInvocation(procedure, values, context.View, context.CancellationToken);
            if (slots.Length == 0)
            {
                foreach (var _ in Results(invocation))
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                }
                yield return row;
                continue;
            }
            foreach (var result in Results(invocation))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var output = (object?[])row.Clone();
                for (var i = 0; i < slots.Length; i++)
                {
                    output[slots[i]] = ProcedureValues.FromOutput(result[outputs[i]]);
                }
                yield return output;
            }
        }
    }

    /// <summary>The body's rows; what it throws (other than a Cypher error) fails the statement as Neo4j reports it.</summary>
    private static IEnumerable<IReadOnlyList<object?>> Results(ProcedureInvocation invocation)
    {
        var procedure = invocation.Procedure;
        using var rows = Guard(procedure, () => procedure.Body(invocation).GetEnumerator());
        while (Guard(procedure, rows.MoveNext))
        {
            var row = rows.Current;
            if (row is null || row.Count != procedure.Outputs.Count)
            {
                throw Failed(procedure, $"it returned a row of {row?.Count ?? 0} values for {procedure.Outputs.Count} outputs");
            }
            yield return row;
        }
    }

    private static T Guard<T>(Procedure procedure, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is not CypherException and not OperationCanceledException)
        {
            throw Failed(procedure, e.Message, e);
        }
    }

    private static CypherException Failed(Procedure procedure, string cause, Exception? inner = null) =>
        new(CypherErrorCodes.ProcedureCallFailed, $"Failed to invoke procedure `{procedure.Name}`: Caused by: {cause}", inner: inner);

    public override string Describe(GraphSnapshot snapshot) => $"ProcedureCall({text})";
}
