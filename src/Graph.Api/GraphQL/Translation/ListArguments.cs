using Graph.Api.Data;
using Graph.Api.GraphQL.Types;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL.Translation;

/// <summary>
/// A connection's where and orderBy, compiled as the resolvers compile them (NodeListInput, NodeFilter, NodeOrder).
/// They shape the statement's text, so they are read when translating: written in the document they translate, their
/// values becoming parameters; given as variables, the resolvers answer.
/// </summary>
internal static class ListArguments
{
    public static (string Where, string OrderBy) Compile(OperationTranslator translator, FieldType field, GraphQLField occurrence, string label, string node)
    {
        foreach (var argument in occurrence.Arguments?.Items ?? [])
        {
            if (argument.Name.StringValue is "where" or "orderBy" && HasVariable(argument.Value))
            {
                throw new UntranslatableException($"{field.Name}({argument.Name.StringValue}:) uses a variable");
            }
        }
        var arguments = ExecutionHelper.GetArguments(field.Arguments, occurrence.Arguments, Variables.None, translator.Document, occurrence, null);
        NodeOrder order;
        try
        {
            order = NodeListInput.Order(Value(arguments, "orderBy") as IEnumerable<object?>);
        }
        catch (ExecutionError e)
        {
            throw new UntranslatableException($"{field.Name}(orderBy:) is refused: {e.Message}");
        }
        var filter = NodeListInput.Filter(label, Value(arguments, "where") as IDictionary<string, object?>);
        var parameters = new StatementParameters(translator.Name("where") + "_");
        var where = filter.Compile(node, label, parameters);
        translator.Bind(context =>
        {
            foreach (var (name, value) in parameters.Values)
            {
                context.Parameters[name] = value;
            }
        });
        return (where is null ? "" : " WHERE " + where, order.Items(node, label));
    }

    private static object? Value(IDictionary<string, ArgumentValue>? arguments, string name) =>
        arguments is not null && arguments.TryGetValue(name, out var argument) ? argument.Value : null;

    private static bool HasVariable(GraphQLValue value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values?.Any(HasVariable) == true,
        GraphQLObjectValue map => map.Fields?.Any(item => HasVariable(item.Value)) == true,
        _ => false,
    };
}
