using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Neo4j.Tests.EndToEnd;

/// <summary>
/// The real service in-process with Graph:Store=neo4j, configured only through configuration keys (as an operator
/// would), pointing at <paramref name="neo4j"/>. No retries, and a breaker that opens after two failures in a row.
/// </summary>
internal sealed class Neo4jApiFactory(Uri neo4j, TimeProvider clock, string? importWiki = null) : WebApplicationFactory<Program>
{
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan SamplingDuration = TimeSpan.FromSeconds(10);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Graph:Store", "neo4j");
        builder.UseSetting("Neo4j:Uri", neo4j.ToString());
        builder.UseSetting("Neo4j:User", Fakes.TestOptions.User);
        builder.UseSetting("Neo4j:Password", Fakes.TestOptions.Password);
        builder.UseSetting("Neo4j:MaxRetryAttempts", "0");
        builder.UseSetting("Neo4j:BreakerMinimumThroughput", "2");
        builder.UseSetting("Neo4j:BreakerSamplingDuration", SamplingDuration.ToString("c", CultureInfo.InvariantCulture));
        builder.UseSetting("Neo4j:BreakerBreakDuration", BreakDuration.ToString("c", CultureInfo.InvariantCulture));
        if (importWiki is not null)
        {
            builder.UseSetting("Graph:ImportWiki", importWiki);
        }
        builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }
}
