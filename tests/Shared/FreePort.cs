using System.Net;
using System.Net.Sockets;

namespace Graph.Testing;

/// <summary>A loopback port nothing listens on: for a server a test starts, or for "Neo4j is unreachable" tests.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
