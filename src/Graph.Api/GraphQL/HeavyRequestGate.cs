using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace Graph.Api.GraphQL;

/// <summary>
/// Requests that cost more than <see cref="GraphQLLimits.HeavyRequestCost"/> execute at most
/// <see cref="GraphQLLimits.MaxConcurrentHeavyRequests"/> at a time, each waiting after validation, within its deadline,
/// for a turn. Heavy requests that pass the cost limit then share those turns' cores, and light requests keep the rest.
/// </summary>
internal sealed class HeavyRequestGate(IOptions<GraphQLLimits> limits) : DocumentExecutionListenerBase
{
    private readonly SemaphoreSlim _turns = new(Math.Max(1, limits.Value.MaxConcurrentHeavyRequests));
    private readonly double _heavyCost = limits.Value.HeavyRequestCost;

    public override async Task BeforeExecutionAsync(IExecutionContext context)
    {
        if (context.UserContext is GraphRequestContext request && request.Cost > _heavyCost)
        {
            await _turns.WaitAsync(context.CancellationToken).ConfigureAwait(false);
            request.HeavyTurn = new Turn(_turns);
        }
    }

    /// <summary>Gives the turn back once, however the request ended.</summary>
    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turns.Release();
            }
        }
    }
}
