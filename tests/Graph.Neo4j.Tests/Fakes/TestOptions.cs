namespace Graph.Neo4j.Tests.Fakes;

/// <summary>Options for tests against the fake: quick retries, and a breaker that stays out of the way unless a test tunes it.</summary>
internal static class TestOptions
{
    public const string User = "neo4j";
    public const string Password = "s3cret:pass";

    public static Neo4jOptions For(Uri uri, int retries = 2) => new()
    {
        Uri = uri,
        User = User,
        Password = Password,
        RequestTimeout = TimeSpan.FromSeconds(10),
        MaxRetryAttempts = retries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RetryMaxDelay = TimeSpan.FromMilliseconds(10),
        BreakerMinimumThroughput = 1000,
        TransactionTimeout = TimeSpan.FromSeconds(30),
    };
}
