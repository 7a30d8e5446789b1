using System.Diagnostics;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace Graph.Api.GraphQL;

/// <summary>
/// After validation, before execution: a request that costs more than <see cref="GraphQLLimits.HeavyRequestCost"/> moves
/// from the request lane to the heavy lane of <see cref="GraphQLAdmission"/>, waiting for its turn within its deadline.
/// </summary>
internal sealed class HeavyRequestGate(IOptions<GraphQLLimits> limits, GraphQLAdmission admission) : DocumentExecutionListenerBase
{
    private readonly double _heavyCost = limits.Value.HeavyRequestCost;

    public override async Task BeforeExecutionAsync(IExecutionContext context)
    {
        if (context.UserContext is not GraphRequestContext request || request.Cost <= _heavyCost)
        {
            return;
        }
        request.Turn?.Dispose();
        request.Turn = null;
        var heavyTurn = await admission.EnterHeavyAsync(context.CancellationToken).ConfigureAwait(false);
        if (!heavyTurn.IsAcquired)
        {
            heavyTurn.Dispose();
            // graphql-dotnet turns the exception into an error result; the flag makes it a 429.
            request.HeavyLaneFull = true;
            throw new HeavyLaneFullException();
        }
        request.Turn = heavyTurn;
        request.HeavySince = Stopwatch.GetTimestamp();
    }
}

/// <summary>The heavy lane's queue is full: the request is answered 429.</summary>
internal sealed class HeavyLaneFullException() : Exception("The heavy requests' queue is full.");
