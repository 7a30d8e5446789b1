namespace Graph.Neo4j.Tests.Fakes;

/// <summary>
/// The system clock plus an offset the test moves forward, so a circuit breaker's break duration can pass
/// without sleeping. Timers still run on real time (retry delays and timeouts in these tests are short).
/// </summary>
internal sealed class AdjustableClock : TimeProvider
{
    private long _offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
}
