using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL.Translation;

/// <summary>
/// A connection's where and orderBy in the statement, compiled as the resolvers compile them (NodeListInput, NodeFilter,
/// NodeOrder). Written in the document, they are compiled once and their values bound as parameters; given as
/// variables, the translation is for this shape of them, and each request's values are compiled again and must give
/// the same texts (else the resolvers answer).
/// </summary>
internal static class ListArguments
{
    public static (string Where, string OrderBy) Compile(OperationTranslator translator, FieldType field, GraphQLField occurrence, string label, string node)
    {
        var site = new ListArgumentSite(field, occurrence, label);
        var prefix = translator.Name("where") + "_";
        var usesVariables = site.UsesVariables;
        CompiledListArguments compiled;
        try
        {
            compiled = site.Compile(translator.Document, translator.Variables, node, prefix);
        }
        catch (ExecutionError e)
        {
            // With variables, another request's values may be valid: this refusal is not kept for the document.
            throw new UntranslatableException($"{field.Name}(where:/orderBy:) is refused: {e.Message}", dependsOnRequest: usesVariables);
        }
        if (usesVariables)
        {
            translator.VariesWith(site);
        }
        translator.Bind(context =>
        {
            var values = compiled.Parameters;
            if (usesVariables)
            {
                var again = Recompile(site, context, node, prefix);
                if (again is null || again.Where != compiled.Where || again.OrderBy != compiled.OrderBy)
                {
                    context.AskResolvers = $"{field.Name}(where:/orderBy:) variables do not fit this translation";
                    return;
                }
                values = again.Parameters;
            }
            foreach (var (name, value) in values)
            {
                context.Parameters[name] = value;
            }
        });
        return (compiled.Where, compiled.OrderBy);
    }

    private static CompiledListArguments? Recompile(ListArgumentSite site, BindContext context, string node, string prefix)
    {
        try
        {
            return site.Compile(context.Document, context.Variables, node, prefix);
        }
        catch (ExecutionError)
        {
            return null;
        }
    }
}
