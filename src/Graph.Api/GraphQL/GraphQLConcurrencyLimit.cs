using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Api.GraphQL;

/// <summary>
/// At most <see cref="GraphQLLimits.MaxConcurrentRequests"/> requests run on /graphql at once, oldest waiting first;
/// past <see cref="GraphQLLimits.MaxQueuedRequests"/> waiting, a request is answered 429 with Retry-After at once, so a
/// burst of expensive requests queues instead of taking every core from the others.
/// </summary>
internal static class GraphQLConcurrencyLimit
{
    public const string Policy = "graphql";

    /// <summary>Seconds a refused client is asked to wait: requests are bounded by the execution timeout, most end in milliseconds.</summary>
    private const int RetryAfterSeconds = 1;

    public static IServiceCollection AddGraphQLConcurrencyLimit(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, http => RateLimitPartition.GetConcurrencyLimiter(Policy, _ => LimiterOptions(Limits(http))));
            options.OnRejected = RejectAsync;
        });

    private static ConcurrencyLimiterOptions LimiterOptions(GraphQLLimits limits) => new()
    {
        PermitLimit = Math.Max(1, limits.MaxConcurrentRequests),
        QueueLimit = Math.Max(0, limits.MaxQueuedRequests),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    };

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var limits = Limits(http);
        var message = string.Create(CultureInfo.InvariantCulture,
            $"The service is busy: {limits.MaxConcurrentRequests} running and {limits.MaxQueuedRequests} queued GraphQL requests are the limit; retry after {RetryAfterSeconds} s.");
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var error = new GraphQLRequestError(StatusCodes.Status429TooManyRequests, message);
        await GraphQLHttpResult.RequestError(error, GraphQLMediaTypes.ForResponse(http.Request)).ExecuteAsync(http).ConfigureAwait(false);
    }

    private static GraphQLLimits Limits(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<GraphQLLimits>>().Value;
}
