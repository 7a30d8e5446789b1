using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Graph.Neo4j;

/// <summary>
/// The Polly v8 pipelines around Query API calls. Every HTTP request passes <see cref="Guard"/> exactly once:
/// the one circuit breaker (shared, so its state is the server's health) outside a per-request timeout.
/// Around the guard, retries with jittered exponential backoff differ by what may safely be repeated:
/// <list type="bullet">
/// <item><see cref="Reads"/>: any transient failure.</item>
/// <item><see cref="ImplicitWrites"/>: only failures that prove the write was not applied (<see cref="TransientFailures.IsSafeToRetryWrite"/>).</item>
/// <item><see cref="Transactions"/>: a whole explicit transaction (begin, statements, commit) on any transient failure,
/// bounded per attempt by the transaction timeout; the requests inside it pass <see cref="Guard"/> themselves.</item>
/// </list>
/// An open circuit fails calls fast with <see cref="BrokenCircuitException"/>, which is never retried.
/// </summary>
internal sealed class Neo4jResilience
{
    private readonly CircuitBreakerStateProvider _breakerState = new();

    public Neo4jResilience(Neo4jOptions options, TimeProvider? timeProvider = null)
    {
        Guard = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && TransientFailures.IsTransient(e)),
                StateProvider = _breakerState,
            })
            .AddTimeout(options.RequestTimeout)
            .Build();
        Reads = WithRetry(options, timeProvider, TransientFailures.IsTransient).AddPipeline(Guard).Build();
        ImplicitWrites = WithRetry(options, timeProvider, TransientFailures.IsSafeToRetryWrite).AddPipeline(Guard).Build();
        Transactions = WithRetry(options, timeProvider, TransientFailures.IsTransient).AddTimeout(options.TransactionTimeout).Build();
    }

    /// <summary>Circuit breaker, then a timeout for one HTTP request.</summary>
    public ResiliencePipeline Guard { get; }

    public ResiliencePipeline Reads { get; }

    public ResiliencePipeline ImplicitWrites { get; }

    public ResiliencePipeline Transactions { get; }

    public Neo4jCircuitState CircuitState => _breakerState.CircuitState switch
    {
        Polly.CircuitBreaker.CircuitState.Closed => Neo4jCircuitState.Closed,
        Polly.CircuitBreaker.CircuitState.HalfOpen => Neo4jCircuitState.HalfOpen,
        _ => Neo4jCircuitState.Open,
    };

    private static ResiliencePipelineBuilder WithRetry(Neo4jOptions options, TimeProvider? timeProvider, Func<Exception, bool> retryable)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && retryable(e)),
            });
        }
        return builder;
    }
}
