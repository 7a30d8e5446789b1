using System.Collections.Concurrent;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL.Translation;

/// <summary>
/// Translations by document text and operation name, as the engine caches plans by statement text: a repeated query
/// is translated once. Bounded: past <see cref="Capacity"/> operations new ones are translated per request, not kept.
/// </summary>
internal sealed class TranslationCache
{
    public const int Capacity = 1_000;

    private readonly ConcurrentDictionary<(string Query, string? Operation), TranslatedOperation> _operations = new();

    public TranslatedOperation Get(string query, string? operationName, ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        if (_operations.TryGetValue((query, operationName), out var translated))
        {
            return translated;
        }
        translated = OperationTranslator.Translate(schema, document, operation);
        if (_operations.Count < Capacity)
        {
            _operations.TryAdd((query, operationName), translated);
        }
        return translated;
    }
}
