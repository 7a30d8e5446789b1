using Graph.Api.Data;
using Graph.Api.GraphQL.Types;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL.Translation;

/// <summary>
/// One connection's where and orderBy in the document. They shape the statement's text (which conditions, which sort
/// keys), so a site whose values come from variables is compiled again for each request: the same texts reuse the
/// translation, other texts pick (or make) the translation for them (<see cref="TranslationCache"/>).
/// </summary>
internal sealed record ListArgumentSite(FieldType Field, GraphQLField Occurrence, string Label)
{
    public bool UsesVariables => Occurrence.Arguments?.Items.Any(argument => argument.Name.StringValue is "where" or "orderBy" && HasVariable(argument.Value)) == true;

    /// <summary>The WHERE and ORDER BY texts and their parameters, as the resolvers compile them (NodeListInput); an invalid order throws ExecutionError.</summary>
    public CompiledListArguments Compile(GraphQLDocument document, Variables variables, string node, string parameterPrefix)
    {
        var arguments = ExecutionHelper.GetArguments(Field.Arguments, Occurrence.Arguments, variables, document, Occurrence, null);
        var order = NodeListInput.Order(Value(arguments, "orderBy") as IEnumerable<object?>);
        var filter = NodeListInput.Filter(Label, Value(arguments, "where") as IDictionary<string, object?>);
        var parameters = new StatementParameters(parameterPrefix);
        var where = filter.Compile(node, Label, parameters);
        return new CompiledListArguments(where is null ? "" : " WHERE " + where, order.Items(node, Label), parameters.Values);
    }

    /// <summary>This site's part of a translation's key: its texts under fixed names, so equal shapes give equal keys.</summary>
    public string ShapeKey(GraphQLDocument document, Variables variables)
    {
        var compiled = Compile(document, variables, "n", "p");
        return compiled.Where + "\u001f" + compiled.OrderBy;
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

/// <summary>A site's WHERE clause (with its leading " WHERE ", or empty), ORDER BY items, and parameter values.</summary>
internal sealed record CompiledListArguments(string Where, string OrderBy, IReadOnlyDictionary<string, object?> Parameters);
