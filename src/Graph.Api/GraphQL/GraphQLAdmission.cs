using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Graph.Api.GraphQL;

/// <summary>
/// Two lanes of turns for /graphql. Every request takes one of <see cref="GraphQLLimits.MaxConcurrentRequests"/> turns
/// (oldest waiting first, at most <see cref="GraphQLLimits.MaxQueuedRequests"/> waiting). A request that validation
/// finds heavy gives its turn back and waits for one of <see cref="GraphQLLimits.MaxConcurrentHeavyRequests"/> heavy
/// turns instead: heavy requests then share those few cores, and cannot hold every turn while light requests queue.
/// Past a lane's queue the answer is 429 with Retry-After.
/// </summary>
internal sealed class GraphQLAdmission(IOptions<GraphQLLimits> options) : IDisposable
{
    /// <summary>Seconds a refused client is asked to wait: most requests end in milliseconds.</summary>
    public const int RetryAfterSeconds = 1;

    private readonly GraphQLLimits _limits = options.Value;
    private readonly ConcurrencyLimiter _requests = Limiter(options.Value.MaxConcurrentRequests, options.Value.MaxQueuedRequests);
    private readonly ConcurrencyLimiter _heavy = Limiter(options.Value.MaxConcurrentHeavyRequests, options.Value.MaxQueuedRequests);

    /// <summary>A request's turn; not acquired when the queue is full.</summary>
    public ValueTask<RateLimitLease> EnterAsync(CancellationToken cancellationToken) => _requests.AcquireAsync(1, cancellationToken);

    /// <summary>A heavy request's turn; not acquired when the heavy queue is full.</summary>
    public ValueTask<RateLimitLease> EnterHeavyAsync(CancellationToken cancellationToken) => _heavy.AcquireAsync(1, cancellationToken);

    /// <summary>
    /// Ends a heavy request's turn once the lane has rested as long as the request ran: the response goes out now, but
    /// the heavy lane keeps at most half of its cores busy, and light requests keep the rest of the machine.
    /// </summary>
    public void ReleaseHeavyAfterRest(IDisposable heavyTurn, TimeSpan ran) =>
        _ = Task.Delay(ran * _limits.HeavyRestRatio).ContinueWith(_ => heavyTurn.Dispose(), TaskScheduler.Default);

    public string BusyMessage(bool heavy) => heavy
        ? Invariant($"The service is busy with heavy requests: {_limits.MaxConcurrentHeavyRequests} running and {_limits.MaxQueuedRequests} queued are the limit (a request costing over {_limits.HeavyRequestCost} is heavy); retry after {RetryAfterSeconds} s.")
        : Invariant($"The service is busy: {_limits.MaxConcurrentRequests} running and {_limits.MaxQueuedRequests} queued GraphQL requests are the limit; retry after {RetryAfterSeconds} s.");

    public void Dispose()
    {
        _requests.Dispose();
        _heavy.Dispose();
    }

    private static ConcurrencyLimiter Limiter(int permits, int queue) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, permits),
        QueueLimit = Math.Max(0, queue),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
