using System.Diagnostics;

namespace Graph.Api.Hosting;

/// <summary>
/// One log line per request ("POST /graphql 200 12 ms"), in place of ASP.NET Core's four (its categories are at
/// Warning in appsettings.json). The path only: query strings, headers and bodies can carry keys and are never logged.
/// Its category, Graph.Api.Requests, can be set apart (Warning silences it).
/// </summary>
internal static partial class RequestLog
{
    public const string Category = "Graph.Api.Requests";

    public static void UseRequestLog(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        app.Use(async (context, next) =>
        {
            if (!logger.IsEnabled(LogLevel.Information))
            {
                await next(context).ConfigureAwait(false);
                return;
            }
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                var response = context.Response;
                var status = context.RequestAborted.IsCancellationRequested && !response.HasStarted ? 499 : response.StatusCode;
                var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                Completed(logger, context.Request.Method, context.Request.Path.Value ?? "/", status, milliseconds);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} {Status} {Milliseconds:0} ms")]
    private static partial void Completed(ILogger logger, string method, string path, int status, double milliseconds);
}
