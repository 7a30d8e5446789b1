using System.Diagnostics;
using System.Globalization;
using Graph.Api.Data;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Graph.Api.GraphQL;

/// <summary>
/// Runs one GraphQL-over-HTTP request against the schema and picks the response's status and media type. The document's
/// size is checked before it is parsed and validated, and the whole request runs under one deadline that the client
/// going away and the service stopping also end, with a budget of rows it may read.
/// </summary>
internal sealed class GraphQLRequestExecutor(IDocumentExecuter<KnowledgeGraphSchema> executer, IGraphQLSerializer serializer, IOptions<GraphQLLimits> limits,
    ValidatedDocumentCache documents, GraphQLResponseCache responses, BatchLoaders loaders, IHostApplicationLifetime lifetime, HeavyRequestGate heavyRequests, GraphQLAdmission admission)
{
    /// <summary>Says how a response was made: "translated" (one Cypher statement), "resolvers (why)" or "cached".</summary>
    public const string ExecutionHeader = "X-Graph-Execution";

    /// <param name="turn">The request's turn from <see cref="GraphQLAdmission"/>, which a heavy request exchanges for a heavy one.</param>
    public async Task<IResult> RunAsync(HttpContext http, IDisposable turn, GraphQLHttpRequest? request, GraphQLRequestError? error, bool viaGet)
    {
        var mediaType = GraphQLMediaTypes.ForResponse(http.Request);
        if (error is not null || request is null)
        {
            return GraphQLHttpResult.RequestError(error ?? new(StatusCodes.Status400BadRequest, "The request has no 'query'."), mediaType);
        }

        var version = responses.CurrentVersion;
        if (version is { } current && responses.Find(request, current) is { } cached)
        {
            http.Response.Headers[ExecutionHeader] = "cached";
            return new SerializedGraphQLResult(cached, mediaType);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        deadline.CancelAfter(limits.Value.ExecutionTimeout);
        try
        {
            return await RunAsync(http, turn, request, viaGet, mediaType, version, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return Stopped(http, mediaType);
        }
    }

    private async Task<IResult> RunAsync(HttpContext http, IDisposable turn, GraphQLHttpRequest request, bool viaGet, string mediaType, long? version, CancellationToken cancellationToken)
    {
        var document = documents.Find(request.Query);
        if (document is null)
        {
            // A cached document passed these checks already; a new one is measured before the work that grows with it.
            if (DocumentSizeLimit.Refusal(request.Query, limits.Value) is { } tooLong)
            {
                return DocumentRefused(tooLong, mediaType);
            }
            document = TryParse(request.Query);
            if (document is not null && ExpandedSelectionLimit.Refusal(document, limits.Value) is { } tooMany)
            {
                return DocumentRefused(tooMany, mediaType);
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (viaGet && document is not null && OperationOf(document, request.OperationName) is { } operation and not OperationType.Query)
        {
            var refusal = new GraphQLRequestError(StatusCodes.Status405MethodNotAllowed,
                $"A {operation.ToString().ToLowerInvariant()} cannot be sent with GET; send it with POST.");
            return GraphQLHttpResult.RequestError(refusal, mediaType, allow: HttpMethods.Post);
        }

        RowBudget.Start(limits.Value.MaxRowsPerRequest);
        var context = new GraphRequestContext(loaders) { Turn = turn };
        var options = new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = context,
            CancellationToken = cancellationToken,
        };
        options.Listeners.Add(heavyRequests);
        ExecutionResult result;
        try
        {
            // One statement (translated) or the resolvers in one snapshot: either way the response reads one version of the
            // graph, committed at or after `version`, so it is cached only when no commit came between (GraphQLResponseCache.Add).
            result = await executer.ExecuteAsync(options).ConfigureAwait(false);
            VariableErrorReasons.Explain(result, options.Document);
        }
        finally
        {
            if (context.HeavySince != 0 && context.Turn is { } heavyTurn)
            {
                admission.ReleaseHeavyAfterRest(heavyTurn, Stopwatch.GetElapsedTime(context.HeavySince));
            }
            else
            {
                context.Turn?.Dispose();
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (context.Route is { } route)
        {
            http.Response.Headers[ExecutionHeader] = route;
        }
        if (context.HeavyLaneFull)
        {
            return GraphQLHttpResult.RequestError(new(StatusCodes.Status429TooManyRequests, admission.BusyMessage(heavy: true)), mediaType,
                retryAfterSeconds: GraphQLAdmission.RetryAfterSeconds);
        }

        if (version is { } readAt && IsCacheable(result))
        {
            var body = await SerializeAsync(result, cancellationToken).ConfigureAwait(false);
            responses.Add(request, readAt, body);
            return new SerializedGraphQLResult(body, mediaType);
        }

        return new GraphQLHttpResult(result, mediaType, StatusFor(result, mediaType));
    }

    /// <summary>
    /// With the newer media type, a response without data (parse, validation or variable errors) is a 400;
    /// legacy application/json clients always get 200 for a well-formed request.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string mediaType) =>
        !result.Executed && mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private static GraphQLHttpResult DocumentRefused(string message, string mediaType) =>
        Unexecuted(new ExecutionError(message) { Code = "DOCUMENT_TOO_LARGE" }, mediaType);

    /// <summary>The deadline passed: the service is stopping (503), the client has gone (nothing to say), or the time limit was reached.</summary>
    private IResult Stopped(HttpContext http, string mediaType)
    {
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return GraphQLHttpResult.RequestError(new(StatusCodes.Status503ServiceUnavailable, "The service is stopping; the request was ended. Retry it shortly."), mediaType);
        }
        if (http.RequestAborted.IsCancellationRequested)
        {
            return Results.Empty;
        }
        var timeout = limits.Value.ExecutionTimeout;
        return Unexecuted(new ExecutionError(string.Create(CultureInfo.InvariantCulture, $"The request timed out: it ran longer than {timeout.TotalSeconds:0.###} s, the limit.")) { Code = "TIMEOUT" }, mediaType);
    }

    private static GraphQLHttpResult Unexecuted(ExecutionError error, string mediaType)
    {
        var result = new ExecutionResult { Executed = false, Errors = [error] };
        return new GraphQLHttpResult(result, mediaType, StatusFor(result, mediaType));
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
