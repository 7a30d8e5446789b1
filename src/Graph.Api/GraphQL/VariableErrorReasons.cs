using Graph.Api.GraphQL.Types;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL;

/// <summary>
/// graphql-dotnet words a variable a scalar cannot read as "Unable to convert 'x' to 'Date'" and keeps the scalar's
/// reason only as the inner exception, which responses leave out; this puts the reason in the message, so the client
/// reads what to send instead ("… to 'Date': write it YYYY-MM-DD, e.g. "2025-03-05"").
/// </summary>
internal static class VariableErrorReasons
{
    public static void Explain(ExecutionResult result, GraphQLDocument? document)
    {
        if (result.Errors is not { } errors || document is null || !errors.Any(error => error.InnerException is DateInputException))
        {
            return;
        }
        var explained = new ExecutionErrors();
        foreach (var error in errors)
        {
            explained.Add(error is InvalidVariableError { InnerException: DateInputException reason } variable
                ? new ValidationError(document.Source, variable.Number, $"{variable.Message}: {reason.Reason}.", [.. variable.Nodes]) { Code = variable.Code }
                : error);
        }
        result.Errors = explained;
    }
}
