using Graph.Api.Data;
using Graph.Core.Cypher;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Graph.Api.GraphQL;

/// <summary>Runs one GraphQL-over-HTTP request against the schema and picks the response's status and media type.</summary>
internal sealed class GraphQLRequestExecutor(IDocumentExecuter<KnowledgeGraphSchema> executer, IGraphQLSerializer serializer, IOptions<GraphQLLimits> limits, ValidatedDocumentCache documents, GraphQLResponseCache responses, BatchLoaders loaders, ICypherSession session)
{
    public async Task<IResult> RunAsync(HttpContext http, GraphQLHttpRequest? request, GraphQLRequestError? error, bool viaGet)
    {
        var mediaType = GraphQLMediaTypes.ForResponse(http.Request);
        if (error is not null || request is null)
        {
            return GraphQLHttpResult.RequestError(error ?? new(StatusCodes.Status400BadRequest, "The request has no 'query'."), mediaType);
        }

        var version = responses.CurrentVersion;
        if (version is { } current && responses.Find(request, current) is { } cached)
        {
            return new SerializedGraphQLResult(cached, mediaType);
        }

        var document = documents.Find(request.Query) ?? TryParse(request.Query);
        if (viaGet && document is not null && OperationOf(document, request.OperationName) is { } operation and not OperationType.Query)
        {
            var refusal = new GraphQLRequestError(StatusCodes.Status405MethodNotAllowed,
                $"A {operation.ToString().ToLowerInvariant()} cannot be sent with GET; send it with POST.");
            return GraphQLHttpResult.RequestError(refusal, mediaType, allow: HttpMethods.Post);
        }

        // Every statement of the response reads one version of the graph: the one committed when execution starts, at
        // or after `version`, so a response is cached only when no commit came between (see GraphQLResponseCache.Add).
        var result = await session.InOneSnapshotAsync(() => executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = new GraphRequestContext(loaders),
            CancellationToken = http.RequestAborted,
            Timeout = limits.Value.ExecutionTimeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        }), http.RequestAborted).ConfigureAwait(false);

        if (version is { } readAt && IsCacheable(result))
        {
            var body = await SerializeAsync(result, http.RequestAborted).ConfigureAwait(false);
            responses.Add(request, readAt, body);
            return new SerializedGraphQLResult(body, mediaType);
        }

        // With the newer media type, a response without data (parse, validation or variable errors) is a 400;
        // legacy application/json clients always get 200 for a well-formed request.
        var status = !result.Executed && mediaType == GraphQLMediaTypes.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        return new GraphQLHttpResult(result, mediaType, status);
    }

    /// <summary>A query that ran without a single error: its response is the same for every request like it until the graph changes.</summary>
    private static bool IsCacheable(ExecutionResult result) =>
        result is { Executed: true, Errors: null or { Count: 0 }, Operation.Operation: OperationType.Query };

    private async Task<byte[]> SerializeAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>The parsed document, or null to let the executer report the syntax error with its location.</summary>
    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return null;
        }
    }

    /// <summary>The type of the operation that would run; null when the executer will reject the choice anyway.</summary>
    private static OperationType? OperationOf(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operationName is null)
        {
            return operations.Count == 1 ? operations[0].Operation : null;
        }
        return operations.FirstOrDefault(operation => operation.Name is { } name && name.StringValue == operationName)?.Operation;
    }
}
