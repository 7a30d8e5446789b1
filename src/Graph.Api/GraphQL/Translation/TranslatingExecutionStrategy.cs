using System.Buffers;
using System.Text.Json;
using Graph.Api.Data;
using Graph.Core.Cypher;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Graph.Api.GraphQL.Translation;

/// <summary>
/// Runs a query as one translated Cypher statement when it can, and on the resolvers otherwise. Parsing, validation
/// and variable coercion have run already (graphql-dotnet), so the translation sees only valid operations. The
/// request records which way it went (<see cref="GraphRequestContext.Route"/>) for the response's debug header.
/// </summary>
internal sealed class TranslatingExecutionStrategy(ICypherSession session, TranslationCache translations, IOptions<GraphQLLimits> limits,
    IOptions<GraphQLTranslationOptions> options, ILogger<TranslatingExecutionStrategy> logger) : SerialExecutionStrategy
{
    public override async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        var request = context.UserContext as GraphRequestContext;
        var (translated, reason) = options.Value.Enabled
            ? await TryTranslatedAsync(context, request).ConfigureAwait(false)
            : (null, "translation is off (Graph:Translation:Enabled)");
        if (translated is not null)
        {
            return translated;
        }
        if (request is not null)
        {
            request.Route = $"resolvers ({reason})";
        }
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("GraphQL request on the resolvers: {Reason}", reason);
        }
        // Every statement of the response reads one version of the graph (one snapshot, or one Neo4j transaction).
        return await session.InOneSnapshotAsync(() => base.ExecuteAsync(context), context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>The answer of one statement, or why the resolvers must answer.</summary>
    private async Task<(ExecutionResult? Result, string? Reason)> TryTranslatedAsync(ExecutionContext context, GraphRequestContext? request)
    {
        if (request is null || context.ExecutionOptions.Query is not { } query)
        {
            return (null, "no query text");
        }
        TranslatedOperation operation;
        try
        {
            operation = translations.Get(query, context.ExecutionOptions.OperationName, context.Schema, context.Document, context.Operation, context.Variables);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault of the translator, not of the request: logged, and the resolvers answer.
            logger.LogError(e, "Translating a GraphQL operation failed; the resolvers answer it.");
            return (null, "the translator failed (logged)");
        }
        if (operation.Untranslatable is { } untranslatable)
        {
            return (null, untranslatable);
        }
        var parameters = operation.Bind(new BindContext(context.Document, context.Variables, limits.Value), out var askResolvers);
        if (parameters is null)
        {
            return (null, askResolvers);
        }
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("GraphQL request translated to: {Statement}", operation.Statement);
        }
        CypherResult result;
        try
        {
            result = await session.RunAsync(operation.Statement!, parameters, CypherAccessMode.Read, context.CancellationToken).ConfigureAwait(false);
        }
        catch (CypherException e) when (e.Code is CypherErrorCodes.Unsupported or CypherErrorCodes.SyntaxError)
        {
            // The translator's own statement refused by the store (an older Neo4j without COLLECT { }): a fault to
            // log, not the client's; its resolvers still answer.
            logger.LogWarning(e, "The translated statement was refused; the resolvers answer instead. Statement: {Statement}", operation.Statement);
            return (null, $"the store refused the statement: {e.Code}");
        }
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            using var writer = new Utf8JsonWriter(buffer);
            var objects = ResponseWriter.Write(writer, operation.Shape!, result.Rows is [[var data]] ? data : null, context.Variables);
            // The resolvers count rows read against the request's budget; a translated answer as large goes to them, and they say so.
            if (RowBudget.Current is { } budget && !budget.Allows(objects))
            {
                return (null, $"the answer has {objects} objects, over the row budget");
            }
        }
        catch (AskResolversException e)
        {
            return (null, e.Message);
        }
        request.Route = "translated";
        return (new ExecutionResult
        {
            Executed = true,
            Data = new TranslatedData(buffer.WrittenMemory),
            Query = context.Document.Source,
            Document = context.Document,
            Operation = context.Operation,
            Extensions = context.OutputExtensions,
        }, null);
    }
}

/// <summary>Graph:Translation: whether queries are translated to one Cypher statement (on by default).</summary>
public sealed class GraphQLTranslationOptions
{
    public const string Section = "Graph:Translation";

    public bool Enabled { get; set; } = true;
}
