using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL;

/// <summary>
/// Parsed documents that passed validation, by query text, so a repeated query is neither parsed nor validated
/// again. Rules registered for cached documents (complexity, which reads `first` from the variables) still run when the document declares variables. Bounded: past <see cref="Capacity"/> documents, new ones are not kept.
/// </summary>
internal sealed class ValidatedDocumentCache : IConfigureExecution
{
    public const int Capacity = 1_000;

    // With the cost complexity validation found, for documents whose rules are not run again.
    private readonly ConcurrentDictionary<string, (GraphQLDocument Document, double Cost)> _documents = new(StringComparer.Ordinal);

    /// <summary>After the options are configured (validation rules included), before anything runs.</summary>
    public float SortOrder => 200;

    public GraphQLDocument? Find(string query) => _documents.TryGetValue(query, out var validated) ? validated.Document : null;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Query is not { } query)
        {
            return await next(options).ConfigureAwait(false);
        }
        if (_documents.TryGetValue(query, out var validated))
        {
            options.Document = validated.Document;
            // Those rules read the variables (complexity reads `first: $n`); a document that declares none already
            // passed them with exactly the same input, so they are not run again, and its cost is the one found then.
            var declaresVariables = DeclaresVariables(validated.Document);
            options.ValidationRules = declaresVariables ? options.CachedDocumentValidationRules ?? [] : [];
            if (!declaresVariables && options.UserContext is GraphRequestContext request)
            {
                request.Cost = validated.Cost;
            }
            return await next(options).ConfigureAwait(false);
        }
        var result = await next(options).ConfigureAwait(false);
        // Executed means validation passed; a document that failed is never cached.
        if (result.Executed && result.Document is { } document && _documents.Count < Capacity)
        {
            _documents.TryAdd(query, (document, (options.UserContext as GraphRequestContext)?.Cost ?? 0));
        }
        return result;
    }

    private static bool DeclaresVariables(GraphQLDocument document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition { Variables.Items.Count: > 0 })
            {
                return true;
            }
        }
        return false;
    }
}
