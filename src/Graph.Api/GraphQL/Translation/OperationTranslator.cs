using System.Text;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL.Translation;

/// <summary>
/// Translates a validated query operation into one Cypher statement: every object becomes a map, every relationship
/// list a COLLECT subquery ordered as the resolvers order it, and the response's data is the statement's one value.
/// User values never enter the text: each argument site binds parameters per request.
/// </summary>
internal sealed class OperationTranslator
{
    private readonly ISchema _schema;
    private readonly GraphQLDocument _document;
    private readonly List<ArgumentBinder> _binders = [];
    private readonly List<(string Name, string Expression)> _preludes = [];
    private readonly List<ListArgumentSite> _shapeSites = [];
    private int _names;

    private OperationTranslator(ISchema schema, GraphQLDocument document, Variables variables)
    {
        _schema = schema;
        _document = document;
        Variables = variables;
    }

    /// <param name="variables">The request's coerced variables: where/orderBy given by variables shape the statement.</param>
    public static TranslatedOperation Translate(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Variables variables)
    {
        if (operation.Operation != OperationType.Query || schema.Query is not { } query)
        {
            return TranslatedOperation.ForResolvers($"a {operation.Operation.ToString().ToLowerInvariant()} is not a query");
        }
        var translator = new OperationTranslator(schema, document, variables);
        try
        {
            var fields = translator.ObjectFields(query, new QueryContext(), [operation.SelectionSet], out var map);
            var shape = new ObjectShape(new Dictionary<string, IReadOnlyList<FieldShape>> { [query.Name] = fields }, query.Name, NonNull: true);
            var sites = translator._shapeSites;
            return TranslatedOperation.Translated(translator.Statement(map), shape, translator._binders, sites,
                sites.Count == 0 ? "" : TranslatedOperation.ShapeKeyFor(sites, document, variables));
        }
        catch (UntranslatableException e)
        {
            return TranslatedOperation.ForResolvers(e.Message, keep: !e.DependsOnRequest);
        }
    }

    /// <summary>The document being translated (its fragments, for argument values).</summary>
    public GraphQLDocument Document => _document;

    /// <summary>A fresh name for a Cypher variable, map key or parameter (one counter: never two alike).</summary>
    public string Name(string prefix) => prefix + _names++;

    /// <summary>The request's variables (where/orderBy given by variables are read when translating).</summary>
    public Variables Variables { get; }

    public void Bind(ArgumentBinder binder) => _binders.Add(binder);

    /// <summary>Records a where/orderBy site whose variables shaped the statement: the translation is kept for that shape only.</summary>
    public void VariesWith(ListArgumentSite site) => _shapeSites.Add(site);

    /// <summary>Binds <paramref name="expression"/> to a variable before the RETURN (a list used twice: its size and a page of it).</summary>
    public string Prelude(string prefix, string expression)
    {
        var name = Name(prefix);
        _preludes.Add((name, expression));
        return name;
    }

    /// <summary>
    /// The map of an object whose type may be any of <paramref name="type"/>'s object types: for each, its collected
    /// fields translated under <paramref name="context"/>. A node's map projects from its variable, so a null node stays null.
    /// </summary>
    /// <param name="extra">Entries every map carries besides the fields (sort keys), by expression.</param>
    public ObjectShape ProjectObject(IGraphType type, bool nonNull, ObjectContext context, IReadOnlyList<GraphQLField> occurrences, out string map,
        IReadOnlyDictionary<string, string>? extra = null)
    {
        var selections = occurrences.Select(field => field.SelectionSet).OfType<GraphQLSelectionSet>().ToList();
        var byType = new Dictionary<string, IReadOnlyList<FieldShape>>(StringComparer.Ordinal);
        var entries = extra is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(extra, StringComparer.Ordinal);
        string? staticType = null;
        if (type is IObjectGraphType objectType)
        {
            byType[objectType.Name] = Fields(objectType, context, selections, entries);
            staticType = objectType.Name;
        }
        else if (type is IInterfaceGraphType && context is NodeContext)
        {
            foreach (var implementation in _schema.AllTypes.OfType<IObjectGraphType>().Where(candidate => candidate.ResolvedInterfaces.Contains(type)))
            {
                byType[implementation.Name] = Fields(implementation, context, selections, entries);
            }
        }
        else
        {
            throw new UntranslatableException($"objects of type {type.Name} are not translated");
        }
        if (staticType is null && context is NodeContext labelled)
        {
            entries[$"labels({labelled.Variable})"] = ObjectShape.LabelsKey;
        }
        map = MapText(context, entries);
        return new ObjectShape(byType, staticType, nonNull);
    }

    private IReadOnlyList<FieldShape> ObjectFields(IObjectGraphType type, ObjectContext context, IReadOnlyList<GraphQLSelectionSet> selections, out string map)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var fields = Fields(type, context, selections, entries);
        map = MapText(context, entries);
        return fields;
    }

    /// <summary>The fields of one object type, in response order; each distinct expression gets one map key, shared across types.</summary>
    private List<FieldShape> Fields(IObjectGraphType type, ObjectContext context, IReadOnlyList<GraphQLSelectionSet> selections, Dictionary<string, string> entries)
    {
        var shapes = new List<FieldShape>();
        foreach (var (responseKey, collected) in FieldCollector.Collect(_schema, _document, type, selections))
        {
            var first = collected.Occurrences[0];
            var name = first.Name.StringValue;
            if (name == "__typename")
            {
                shapes.Add(new FieldShape(responseKey, "", new ScalarShape(ScalarKind.Typename, NonNull: true), collected.Conditions));
                continue;
            }
            var definition = type.GetField(name) ?? throw new UntranslatableException($"{type.Name}.{name} is not a field");
            var (expression, shape) = FieldTranslations.Translate(this, context, type, definition, collected.Occurrences);
            if (!entries.TryGetValue(expression, out var key))
            {
                entries[expression] = key = Name("f");
            }
            shapes.Add(new FieldShape(responseKey, key, shape, collected.Conditions));
        }
        return shapes;
    }

    private static string MapText(ObjectContext context, Dictionary<string, string> entries)
    {
        var body = string.Join(", ", entries.Select(entry => $"{entry.Value}: {entry.Key}"));
        return context is NodeContext node ? $"{node.Variable} {{{body}}}" : $"{{{body}}}";
    }

    private string Statement(string data)
    {
        var text = new StringBuilder();
        var bound = new List<string>();
        foreach (var (name, expression) in _preludes)
        {
            text.Append("WITH ");
            foreach (var earlier in bound)
            {
                text.Append(earlier).Append(", ");
            }
            text.Append(expression).Append(" AS ").Append(name).Append(' ');
            bound.Add(name);
        }
        return text.Append("RETURN ").Append(data).Append(" AS data").ToString();
    }
}

/// <summary>Some part of the operation has no translation; the message says which, and the resolvers answer it.</summary>
/// <param name="dependsOnRequest">The refusal comes from this request's variable values, so it is not kept for the document.</param>
internal sealed class UntranslatableException(string reason, bool dependsOnRequest = false) : Exception(reason)
{
    public bool DependsOnRequest { get; } = dependsOnRequest;
}
