using System.Net;

namespace Graph.Api.Security;

/// <summary>The addresses Kestrel will listen on, read from configuration as Kestrel reads them, before it binds.</summary>
internal static class ListenAddresses
{
    /// <summary>
    /// Kestrel:Endpoints when any, else urls (--urls, ASPNETCORE_URLS), else http_ports/https_ports (ASPNETCORE_HTTP_PORTS,
    /// set by the .NET container images), which listen on every interface; nothing at all means http://localhost:5000.
    /// </summary>
    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(endpoint => endpoint["Url"]).OfType<string>().ToList();
        if (endpoints.Count > 0)
        {
            return endpoints;
        }
        var urls = Split(configuration["urls"]);
        if (urls.Count > 0)
        {
            return urls;
        }
        return [.. Split(configuration["http_ports"]).Select(port => $"http://*:{port}"), .. Split(configuration["https_ports"]).Select(port => $"https://*:{port}")];
    }

    /// <summary>True for localhost and loopback addresses (and local sockets); a wildcard or any other name reaches the network.</summary>
    public static bool IsLoopback(string url)
    {
        var address = BindingAddress.Parse(url);
        if (address.IsUnixPipe || address.IsNamedPipe)
        {
            return true;
        }
        var host = address.Host;
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }

    private static List<string> Split(string? value) =>
        [.. (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
