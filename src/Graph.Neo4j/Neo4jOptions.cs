using System.Globalization;

namespace Graph.Neo4j;

/// <summary>
/// Where Neo4j is and how hard to try. Plain settable properties so the "Neo4j" configuration section binds
/// onto it (<c>configuration.GetSection(Neo4jOptions.SectionName).Bind(options)</c>; TimeSpans as "00:00:05");
/// <see cref="FromEnvironment()"/> reads the NEO4J_* variables the CLI documents.
/// </summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>The HTTP address of Neo4j (the Query API lives under it), e.g. http://localhost:7474.</summary>
    public Uri Uri { get; set; } = new("http://localhost:7474");

    /// <summary>User for basic auth; no Authorization header is sent when empty (auth disabled on the server).</summary>
    public string? User { get; set; } = "neo4j";

    public string? Password { get; set; }

    public string Database { get; set; } = "neo4j";

    /// <summary>How long one HTTP request may take before it is abandoned (and retried if that is safe).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt, for transient failures only. 0 turns retrying off.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First retry delay; doubles each attempt, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The circuit opens when at least this share of sampled calls failed transiently...</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>...and at least this many calls were sampled (2 or more)...</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    /// <summary>...within this window (more than 0.5 s).</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit fails calls fast before letting one probe through (more than 0.5 s).</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The most one attempt at an explicit transaction (begin, statements, commit) may take.</summary>
    public TimeSpan TransactionTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Options from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE; unset ones keep their defaults. NEO4J_AUTH
    /// ("user/password" or "none", the Neo4j image's own variable) is read first, so one env file serves both containers.
    /// </summary>
    public static Neo4jOptions FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="FromEnvironment()"/>, reading variables through <paramref name="variable"/>.</summary>
    public static Neo4jOptions FromEnvironment(Func<string, string?> variable)
    {
        var options = new Neo4jOptions();
        if (NonEmpty(variable("NEO4J_AUTH")) is { } auth)
        {
            var slash = auth.IndexOf('/', StringComparison.Ordinal);
            Require(auth == "none" || slash > 0, "NEO4J_AUTH", "must be user/password or none");
            (options.User, options.Password) = auth == "none" ? (null, null) : (auth[..slash], auth[(slash + 1)..]);
        }
        if (NonEmpty(variable("NEO4J_URI")) is { } uri)
        {
            options.Uri = ParseUri(uri, "NEO4J_URI");
        }
        if (NonEmpty(variable("NEO4J_USER")) is { } user)
        {
            options.User = user;
        }
        if (variable("NEO4J_PASSWORD") is { } password)
        {
            options.Password = password;
        }
        if (NonEmpty(variable("NEO4J_DATABASE")) is { } database)
        {
            options.Database = database;
        }
        return options;
    }

    /// <summary>
    /// The settings Neo4j cannot be reached without that neither the NEO4J_* variables nor <paramref name="configured"/>
    /// (the "Neo4j" configuration section's keys, for the service) give: the address (assuming localhost would hide a
    /// forgotten setting behind a connection error). Credentials are not required: a server with auth off needs none,
    /// and one with auth on says so itself.
    /// </summary>
    public static IReadOnlyList<string> Missing(Func<string, string?> variable, Func<string, string?>? configured = null)
    {
        configured ??= _ => null;
        var missing = new List<string>();
        if (NonEmpty(variable("NEO4J_URI")) is null && NonEmpty(configured(nameof(Uri))) is null)
        {
            missing.Add("NEO4J_URI (the server's HTTP address, e.g. http://localhost:7474)");
        }
        return missing;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        ParseUri(Uri?.OriginalString ?? "", nameof(Uri));
        Require(!string.IsNullOrWhiteSpace(Database) && !Database.Contains('/', StringComparison.Ordinal),
            nameof(Database), $"must be a database name, got '{Database}'");
        Require(RequestTimeout > TimeSpan.Zero, nameof(RequestTimeout), $"must be positive, got {RequestTimeout}");
        Require(MaxRetryAttempts >= 0, nameof(MaxRetryAttempts), $"must be 0 or more, got {MaxRetryAttempts}");
        Require(RetryBaseDelay >= TimeSpan.Zero, nameof(RetryBaseDelay), $"must not be negative, got {RetryBaseDelay}");
        Require(RetryMaxDelay >= RetryBaseDelay, nameof(RetryMaxDelay), $"must be at least RetryBaseDelay ({RetryBaseDelay}), got {RetryMaxDelay}");
        Require(BreakerFailureRatio > 0 && BreakerFailureRatio <= 1, nameof(BreakerFailureRatio),
            $"must be above 0 and at most 1, got {BreakerFailureRatio.ToString(CultureInfo.InvariantCulture)}");
        Require(BreakerMinimumThroughput >= 2, nameof(BreakerMinimumThroughput), $"must be 2 or more, got {BreakerMinimumThroughput}");
        Require(BreakerSamplingDuration > TimeSpan.FromMilliseconds(500), nameof(BreakerSamplingDuration),
            $"must be more than 0.5 seconds, got {BreakerSamplingDuration}");
        Require(BreakerBreakDuration > TimeSpan.FromMilliseconds(500), nameof(BreakerBreakDuration),
            $"must be more than 0.5 seconds, got {BreakerBreakDuration}");
        Require(TransactionTimeout > TimeSpan.Zero, nameof(TransactionTimeout), $"must be positive, got {TransactionTimeout}");
    }

    /// <summary>A snapshot, so later changes to a bound options object do not reach a running session.</summary>
    internal Neo4jOptions Copy() => (Neo4jOptions)MemberwiseClone();

    /// <summary>The Neo4j address without any secret, for messages and logs.</summary>
    public override string ToString() => $"{Uri} (database '{Database}', user '{User}')";

    private static Uri ParseUri(string text, string setting)
    {
        if (!System.Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"Neo4j setting {setting} must be an absolute URL such as http://localhost:7474, got '{text}'.", setting);
        }
        if (uri.Scheme is not ("http" or "https"))
        {
            // Drivers use bolt:// or neo4j:// on 7687; this client speaks the HTTP Query API instead.
            throw new ArgumentException(
                $"Neo4j setting {setting} is '{text}', but Graph talks to Neo4j over its HTTP Query API: " +
                $"use http://{uri.Host}:7474 (or your https address), not {uri.Scheme}://.", setting);
        }
        return uri;
    }

    private static void Require(bool condition, string setting, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"Neo4j setting {setting} {problem}.", setting);
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
