using Graph.Api.Data;
using Graph.Api.Store;
using Graph.Core.Cypher;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Graph.Api.Health;

/// <summary>Ready when the store is prepared (schema applied, start-up import done) and answers RETURN 1.</summary>
internal sealed class GraphStoreHealthCheck(GraphStoreStatus status, GraphQueries queries, ICypherSession session) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["backend"] = session.Backend };
        if (!status.IsPrepared)
        {
            return HealthCheckResult.Unhealthy("The store is still being prepared (schema, start-up import).", data: data);
        }
        try
        {
            return await queries.PingAsync(cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy("The store answers RETURN 1.", data)
                : HealthCheckResult.Unhealthy("The store answered RETURN 1 with something other than 1.", data: data);
        }
        catch (CypherException error)
        {
            return HealthCheckResult.Unhealthy($"The store refused RETURN 1: {error.Message}", error, data);
        }
    }
}
