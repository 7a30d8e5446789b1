using Graph.Api.Data;
using Graph.Api.Store;
using Graph.Core.Cypher;
using Graph.Neo4j;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Graph.Api.Health;

/// <summary>
/// Ready when the store is prepared (schema applied, start-up import done) and answers RETURN 1. It reports how the
/// last wiki import went (at start or after a watched change), and on Neo4j the circuit breaker (closed, open,
/// half-open): while open, calls fail fast and the service is not ready.
/// </summary>
internal sealed class GraphStoreHealthCheck(GraphStoreStatus status, GraphQueries queries, ICypherSession session) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (healthy, description, error) = await ProbeAsync(cancellationToken).ConfigureAwait(false);
        var data = new Dictionary<string, object> { ["backend"] = session.Backend };
        if (status.LastImport is { } lastImport)
        {
            data["lastImport"] = lastImport;
        }
        if (session is Neo4jSession neo4j)
        {
            // Read after the ping, which may have been the probe that closed the circuit or the failure that opened it.
            data["circuit"] = neo4j.CircuitState switch
            {
                Neo4jCircuitState.Closed => "closed",
                Neo4jCircuitState.HalfOpen => "half-open",
                _ => "open",
            };
        }
        return new HealthCheckResult(healthy ? HealthStatus.Healthy : HealthStatus.Unhealthy, description, error, data);
    }

    private async Task<(bool Healthy, string Description, Exception? Error)> ProbeAsync(CancellationToken cancellationToken)
    {
        if (!status.IsPrepared)
        {
            return (false, "The store is still being prepared (schema, start-up import).", null);
        }
        try
        {
            return await queries.PingAsync(cancellationToken).ConfigureAwait(false)
                ? (true, "The store answers RETURN 1.", null)
                : (false, "The store answered RETURN 1 with something other than 1.", null);
        }
        catch (CypherException error)
        {
            return (false, $"The store refused RETURN 1: {error.Message}", error);
        }
    }
}
