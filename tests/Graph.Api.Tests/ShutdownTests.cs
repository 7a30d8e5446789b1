using Graph.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Graph.Api.Tests;

/// <summary>
/// Stopping the service (as SIGTERM does) ends a running GraphQL request at once with a 503, instead of Kestrel waiting
/// for it until the shutdown timeout. On real Kestrel, which lets running requests finish their answer when it stops.
/// </summary>
public sealed class ShutdownTests : ServiceTest
{
    public ShutdownTests()
        : base(new GraphApiFactory(RepoPaths.NewTempDirectory("graph-api-shutdown"),
            services: GraphApiFactory.WrappingSession(session => new SlowStatementSession(session, SlowStatementSession.IsSearch)),
            settings: new Dictionary<string, string> { ["Graph:Limits:ExecutionTimeout"] = "00:10:00" })) =>
        Factory.UseKestrel(0);

    [Fact(Timeout = 30_000)]
    public async Task Stopping_the_service_ends_a_running_request_at_once()
    {
        var running = Client.PostAsync("""{ search(text: "slow") { id } }""");
        await ((SlowStatementSession)Store).Entered;

        Factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var answer = await running;

        Assert.Equal(503, answer.Status);
        Assert.Contains("stopping", answer.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
