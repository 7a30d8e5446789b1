using System.Net;
using Graph.Api.Explorer;

namespace Graph.Api.Security;

/// <summary>
/// Answers only requests addressed to this machine by a local name (localhost, 127.0.0.1, [::1], any port) or to a
/// name in Graph:AllowedHosts. A DNS-rebinding page reaches a loopback port under its own name, so its requests carry
/// that name in Host and are refused here. ASP.NET's own host filtering allows every host unless configured.
/// </summary>
internal static class AllowedHosts
{
    public const string Anything = "*";

    private static readonly string[] Local = ["localhost", "127.0.0.1", "[::1]"];

    public static IApplicationBuilder UseAllowedHosts(this IApplicationBuilder app, IReadOnlyList<string> configured)
    {
        if (configured.Contains(Anything))
        {
            return app;
        }
        var allowed = new HashSet<string>(Local.Concat(configured.Select(Name)), StringComparer.OrdinalIgnoreCase);
        return app.Use(async (context, next) =>
        {
            // No Host at all is an HTTP/1.0 client such as a health probe, never a browser.
            var host = context.Request.Host;
            if (!host.HasValue || allowed.Contains(host.Host))
            {
                await next(context).ConfigureAwait(false);
                return;
            }
            var shown = host.Host.Length > 100 ? host.Host[..100] + "…" : host.Host;
            await ExplorerJson.Error(StatusCodes.Status400BadRequest, "HostNotAllowed",
                $"This service does not answer for the host '{shown}'. It answers for localhost, 127.0.0.1 and [::1]; " +
                $"to reach it under another name, add that name to {AccessOptions.AllowedHostsSetting} " +
                $"(environment: Graph__AllowedHosts__0={shown}).").ExecuteAsync(context).ConfigureAwait(false);
        });
    }

    /// <summary>The host part of a configured entry, ports dropped, IPv6 addresses in brackets as Host carries them.</summary>
    private static string Name(string entry) =>
        IPAddress.TryParse(entry, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? $"[{address}]"
            : new HostString(entry).Host;
}
