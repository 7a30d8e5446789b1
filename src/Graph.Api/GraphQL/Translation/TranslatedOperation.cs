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
    private TranslatedOperation(string? statement, ObjectShape? shape, IReadOnlyList<ArgumentBinder> binders, string? untranslatable,
        IReadOnlyList<ListArgumentSite> shapeSites, string shapeKey, bool keep)
    {
        Statement = statement;
        Shape = shape;
        Binders = binders;
        Untranslatable = untranslatable;
        ShapeSites = shapeSites;
        ShapeKey = shapeKey;
        Keep = keep;
    }

    /// <summary>The statement; it returns one row with one column, the data map.</summary>
    public string? Statement { get; }

    /// <summary>The response's data object.</summary>
    public ObjectShape? Shape { get; }

    /// <summary>Why the resolvers answer this operation instead; null when it is translated.</summary>
    public string? Untranslatable { get; }

    /// <summary>The where/orderBy sites whose variables shaped the statement; empty when only the document did.</summary>
    public IReadOnlyList<ListArgumentSite> ShapeSites { get; }

    /// <summary>The shape those variables had (<see cref="ShapeKeyFor"/>) when this translation was made.</summary>
    public string ShapeKey { get; }

    /// <summary>False when the outcome depends on this request's values (a refusal of its variables): not cached for the document.</summary>
    public bool Keep { get; }

    private IReadOnlyList<ArgumentBinder> Binders { get; }

    public static TranslatedOperation Translated(string statement, ObjectShape shape, IReadOnlyList<ArgumentBinder> binders,
        IReadOnlyList<ListArgumentSite> shapeSites, string shapeKey) =>
        new(statement, shape, binders, null, shapeSites, shapeKey, keep: true);

    public static TranslatedOperation ForResolvers(string reason, bool keep = true) => new(null, null, [], reason, [], "", keep);

    /// <summary>The shape of a request's where/orderBy variables at <paramref name="sites"/>; an invalid value throws ExecutionError.</summary>
    public static string ShapeKeyFor(IReadOnlyList<ListArgumentSite> sites, GraphQLDocument document, Variables variables) =>
        string.Join("\u001e", sites.Select(site => site.ShapeKey(document, variables)));

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
    public GraphQLDocument Document { get; } = document;

    public Variables Variables { get; } = variables;

    public GraphQLLimits Limits { get; } = limits;

    public Dictionary<string, object?> Parameters { get; } = new(StringComparer.Ordinal);

    /// <summary>Set by a binder when the resolvers must answer (they report the error the argument deserves).</summary>
    public string? AskResolvers { get; set; }

    /// <summary>The field's arguments, variables substituted and defaults applied, as graphql-dotnet coerces them.</summary>
    public IDictionary<string, ArgumentValue>? ArgumentsOf(GraphQLField field, FieldType definition) =>
        ExecutionHelper.GetArguments(definition.Arguments, field.Arguments, Variables, Document, field, null);

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
