using Graph.Core.Cypher;
using Graph.Cypher;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Graph.Api.Store;

/// <summary>
/// Once the service listens, records its address beside the embedded store's lock, so a `graph cypher` or a second
/// `graph serve` on the same data directory is told to query this service there instead of only that the folder is taken.
/// </summary>
internal static class OwnerAddress
{
    public static void AnnounceWhenStarted(WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        if (app.Services.GetService<ICypherSession>() is EmbeddedCypherSession embedded
            && app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is { } address)
        {
            embedded.Store.DescribeOwner(address);
        }
    });
}
