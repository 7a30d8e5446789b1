using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL.Translation;

/// <summary>
/// One GraphQL operation as one Cypher statement: the statement, how a request's arguments become its parameters, and
/// the shape of the response its single value is written into. Built once per document and operation; or, when some
/// field cannot be expressed, the reason, and the operation runs on the resolvers.
/// </summary>
internal sealed class TranslatedOperation
{
    private TranslatedOperation(string? statement, ObjectShape? shape, IReadOnlyList<ArgumentBinder> binders, string? untranslatable)
    {
        Statement = statement;
        Shape = shape;
        Binders = binders;
        Untranslatable = untranslatable;
    }

    /// <summary>The statement; it returns one row with one column, the data map.</summary>
    public string? Statement { get; }

    /// <summary>The response's data object.</summary>
    public ObjectShape? Shape { get; }

    /// <summary>Why the resolvers answer this operation instead; null when it is translated.</summary>
    public string? Untranslatable { get; }

    private IReadOnlyList<ArgumentBinder> Binders { get; }

    public static TranslatedOperation Translated(string statement, ObjectShape shape, IReadOnlyList<ArgumentBinder> binders) =>
        new(statement, shape, binders, null);

    public static TranslatedOperation ForResolvers(string reason) => new(null, null, [], reason);

    /// <summary>The statement's parameters for one request; null, with the reason, when its arguments need the resolvers (an argument out of its range, a cursor not ours).</summary>
    public Dictionary<string, object?>? Bind(BindContext context, out string? askResolvers)
    {
        foreach (var binder in Binders)
        {
            binder(context);
            if (context.AskResolvers is not null)
            {
                askResolvers = context.AskResolvers;
                return null;
            }
        }
        askResolvers = null;
        return context.Parameters;
    }
}

/// <summary>Fills in the parameters of one argument site for a request, or asks for the resolvers.</summary>
internal delegate void ArgumentBinder(BindContext context);

/// <summary>One request's variables and limits, and the parameters being filled in.</summary>
internal sealed class BindContext(GraphQLDocument document, Variables variables, GraphQLLimits limits)
{
    public GraphQLLimits Limits { get; } = limits;

    public Dictionary<string, object?> Parameters { get; } = new(StringComparer.Ordinal);

    /// <summary>Set by a binder when the resolvers must answer (they report the error the argument deserves).</summary>
    public string? AskResolvers { get; set; }

    /// <summary>The field's arguments, variables substituted and defaults applied, as graphql-dotnet coerces them.</summary>
    public IDictionary<string, ArgumentValue>? ArgumentsOf(GraphQLField field, FieldType definition) =>
        ExecutionHelper.GetArguments(definition.Arguments, field.Arguments, variables, document, field, null);

    /// <summary>An integer argument, or <paramref name="fallback"/> when absent or null; outside [min, max] the resolvers answer.</summary>
    public int Bounded(IDictionary<string, ArgumentValue>? arguments, string name, int fallback, int minimum, int maximum)
    {
        var value = arguments is not null && arguments.TryGetValue(name, out var argument) && argument.Value is int given ? given : fallback;
        if (value < minimum || value > maximum)
        {
            AskResolvers = $"'{name}' {value} is outside {minimum}..{maximum}";
        }
        return value;
    }

    /// <summary>A string argument, or null.</summary>
    public static string? Text(IDictionary<string, ArgumentValue>? arguments, string name) =>
        arguments is not null && arguments.TryGetValue(name, out var argument) ? argument.Value as string : null;
}
