using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.Api.GraphQL.Translation;

/// <summary>
/// Translations by document text and operation name, as the engine caches plans by statement text: a repeated query
/// is translated once. An operation whose where/orderBy come from variables has one translation per shape of them (the
/// conditions and sort keys they name; their values stay parameters). Bounded: past <see cref="Capacity"/> entries
/// new ones are translated per request, not kept.
/// </summary>
internal sealed class TranslationCache
{
    public const int Capacity = 1_000;

    private readonly ConcurrentDictionary<(string Query, string? Operation), TranslatedOperation> _operations = new();
    private readonly ConcurrentDictionary<(string Query, string? Operation, string Shape), TranslatedOperation> _shapes = new();

    public TranslatedOperation Get(string query, string? operationName, ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation,
        Variables variables)
    {
        if (!_operations.TryGetValue((query, operationName), out var first))
        {
            first = OperationTranslator.Translate(schema, document, operation, variables);
            if (first.Keep && _operations.Count < Capacity)
            {
                _operations.TryAdd((query, operationName), first);
            }
            return first;
        }
        if (first.ShapeSites.Count == 0)
        {
            return first;
        }
        string shape;
        try
        {
            shape = TranslatedOperation.ShapeKeyFor(first.ShapeSites, document, variables);
        }
        catch (ExecutionError e)
        {
            return TranslatedOperation.ForResolvers($"where/orderBy is refused: {e.Message}", keep: false);
        }
        if (shape == first.ShapeKey)
        {
            return first;
        }
        if (_shapes.TryGetValue((query, operationName, shape), out var other))
        {
            return other;
        }
        other = OperationTranslator.Translate(schema, document, operation, variables);
        if (other.Keep && _shapes.Count < Capacity)
        {
            _shapes.TryAdd((query, operationName, shape), other);
        }
        return other;
    }
}
