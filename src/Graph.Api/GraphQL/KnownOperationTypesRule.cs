using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL;

/// <summary>
/// Operation Type Existence (graphql-js's KnownOperationTypesRule, graphql-spec#955): the schema is read-only, with no
/// mutation or subscription root type, so such an operation is refused at validation with its kind, name and position.
/// Without this rule graphql-dotnet fails inside the complexity check with "Error executing document." and no location.
/// </summary>
internal sealed class KnownOperationTypesRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            if (RootOf(validation.Schema, operation.Operation) is not null)
            {
                return;
            }
            var kind = operation.Operation.ToString().ToLowerInvariant();
            var which = operation.Name is { } name ? $"The {kind} '{name.StringValue}'" : $"This {kind}";
            validation.ReportError(new KnownOperationTypesError(validation.Document.Source,
                $"{which} cannot run: this API is read-only and has no {kind} type. Send a query.", operation));
        }));

    private static IObjectGraphType? RootOf(ISchema schema, OperationType operation) => operation switch
    {
        OperationType.Query => schema.Query,
        OperationType.Mutation => schema.Mutation,
        _ => schema.Subscription,
    };
}

/// <summary>Its code, from its name, is KNOWN_OPERATION_TYPES.</summary>
internal sealed class KnownOperationTypesError(ROM source, string message, ASTNode node) : ValidationError(source, null, message, node);
