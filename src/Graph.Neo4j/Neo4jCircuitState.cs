namespace Graph.Neo4j;

/// <summary>The Neo4j circuit breaker's state, for /health/ready: Open means calls fail fast without reaching Neo4j.</summary>
public enum Neo4jCircuitState
{
    /// <summary>Calls flow; failures are being sampled.</summary>
    Closed,

    /// <summary>Too many recent transient failures: calls fail fast until the break duration passes.</summary>
    Open,

    /// <summary>The break is over and one probe call decides whether to close or open again.</summary>
    HalfOpen,
}
