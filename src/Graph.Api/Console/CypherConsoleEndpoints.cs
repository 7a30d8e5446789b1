using System.Text.Json;
using Graph.Api.Explorer;
using Graph.Api.Security;
using Graph.Core.Cypher;

namespace Graph.Api.CypherConsole;

/// <summary>
/// POST /cypher {query, parameters?}: the console's read-only Cypher. Answers {columns, rows, totalRows, truncated,
/// elapsedMs}, or {error: {code, message, line?, column?}}: 400 for a bad statement, 403 for a write, 408 past the
/// time limit, 503 when too many console queries are running. GET /cypher/library lists the analysts' query library.
/// </summary>
internal static class CypherConsoleEndpoints
{
    public const string Path = "/cypher";
    public const string LibraryPath = "/cypher/library";

    public const string ReadOnlyMessage =
        "The console is read-only: this statement would change the graph. To write, stop the service and use `graph cypher --write`. " +
        Graph.Import.AnalystWrites.WhatImportKeeps;

    public static IServiceCollection AddCypherConsole(this IServiceCollection services)
    {
        services.AddOptions<CypherConsoleOptions>().BindConfiguration(CypherConsoleOptions.Section);
        services.AddSingleton<ConsoleQueryRunner>();
        return services;
    }

    public static IEndpointRouteBuilder MapCypherConsole(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(Path, RunAsync).AcceptsJsonOnly();
        routes.MapGet(LibraryPath, () => ExplorerJson.Write(json =>
        {
            json.WriteStartArray();
            foreach (var query in QueryLibrary.All)
            {
                json.WriteStartObject();
                json.WriteString("name", query.Name);
                json.WriteString("description", query.Description);
                json.WritePropertyName("parameters");
                CypherValueJson.Write(json, query.Parameters);
                json.WriteString("text", query.Text);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }));
        return routes;
    }

    private static async Task<IResult> RunAsync(HttpRequest request, ConsoleQueryRunner runner, CancellationToken cancellationToken)
    {
        string? query;
        IReadOnlyDictionary<string, object?>? parameters;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
            query = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String
                ? q.GetString()
                : null;
            parameters = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("parameters", out var p) && p.ValueKind == JsonValueKind.Object
                ? (IReadOnlyDictionary<string, object?>?)CypherValueJson.Read(p)
                : null;
        }
        catch (JsonException error)
        {
            return ExplorerJson.Error(StatusCodes.Status400BadRequest, "BadRequest",
                $"The request body is not JSON: {error.Message}", (int?)error.LineNumber + 1, (int?)error.BytePositionInLine + 1);
        }
        if (string.IsNullOrWhiteSpace(query))
        {
            return ExplorerJson.Error(StatusCodes.Status400BadRequest, "MissingQuery", "Send {\"query\": \"MATCH ...\"}: the request has no query.");
        }

        return await runner.RunAsync(query, parameters, cancellationToken).ConfigureAwait(false) switch
        {
            ConsoleOutcome.Rows rows => RowsJson(rows),
            ConsoleOutcome.Refused { Error.Code: CypherErrorCodes.AccessMode } refused =>
                ExplorerJson.Error(StatusCodes.Status403Forbidden, refused.Error.Code, ReadOnlyMessage),
            ConsoleOutcome.Refused refused =>
                ExplorerJson.Error(StatusCodes.Status400BadRequest, refused.Error.Code, refused.Error.Detail, refused.Error.Line, refused.Error.Column),
            ConsoleOutcome.TimedOut timedOut =>
                ExplorerJson.Error(StatusCodes.Status408RequestTimeout, "Neo.ClientError.Transaction.TransactionTimedOut",
                    $"The query ran longer than {timedOut.Timeout.TotalSeconds:0.###} s and was stopped. Narrow the MATCH or add a LIMIT."),
            ConsoleOutcome.Busy busy =>
                ExplorerJson.Error(StatusCodes.Status503ServiceUnavailable, "Busy",
                    $"{busy.MaxConcurrentQueries} console queries are already running; try again when one has finished."),
            var other => throw new InvalidOperationException($"Unexpected console outcome {other}."),
        };
    }

    private static IResult RowsJson(ConsoleOutcome.Rows rows) => ExplorerJson.Write(json =>
    {
        var result = rows.Result;
        json.WriteStartObject();
        json.WriteStartArray("columns");
        foreach (var column in result.Columns)
        {
            json.WriteStringValue(column);
        }
        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in result.Rows)
        {
            json.WriteStartArray();
            foreach (var value in row)
            {
                CypherValueJson.Write(json, value);
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteNumber("totalRows", rows.TotalRows);
        json.WriteBoolean("truncated", rows.Truncated);
        json.WriteNumber("elapsedMs", Math.Round(rows.Elapsed.TotalMilliseconds, 1));
        json.WriteEndObject();
    });
}
