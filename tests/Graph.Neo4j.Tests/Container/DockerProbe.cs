using System.Net.Sockets;

namespace Graph.Neo4j.Tests.Container;

/// <summary>Whether a Docker daemon is here and answering, and if not, why: the reason tests skip with.</summary>
internal static class DockerProbe
{
    private const string DefaultSocket = "/var/run/docker.sock";

    /// <summary>Null when the daemon answered /_ping; otherwise what is missing.</summary>
    public static async Task<string?> WhyUnavailableAsync(CancellationToken cancellationToken)
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        Uri endpoint;
        string? socketPath = null;
        if (string.IsNullOrWhiteSpace(dockerHost))
        {
            if (!File.Exists(DefaultSocket))
            {
                return $"no {DefaultSocket} and DOCKER_HOST is not set";
            }
            socketPath = DefaultSocket;
            endpoint = new Uri("http://docker/_ping");
        }
        else if (dockerHost.StartsWith("unix://", StringComparison.Ordinal))
        {
            socketPath = dockerHost["unix://".Length..];
            endpoint = new Uri("http://docker/_ping");
        }
        else if (Uri.TryCreate(dockerHost.Replace("tcp://", "http://", StringComparison.Ordinal), UriKind.Absolute, out var tcp))
        {
            endpoint = new Uri(tcp, "/_ping");
        }
        else
        {
            return $"DOCKER_HOST '{dockerHost}' is not a unix:// or tcp:// address";
        }

        using var handler = new SocketsHttpHandler();
        if (socketPath is not null)
        {
            handler.ConnectCallback = async (_, token) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), token);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(endpoint, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"the Docker daemon answered /_ping with HTTP {(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or SocketException or TaskCanceledException)
        {
            return $"the Docker daemon at {socketPath ?? dockerHost} does not answer ({e.Message})";
        }
    }
}
