using System.Net;
using System.Net.Sockets;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>TCP ports on 127.0.0.1 that nothing listens on (at the moment of asking).</summary>
public static class LoopbackPorts
{
    /// <summary>Returns a port the OS just handed out and took back: free, and closed until someone binds it.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
