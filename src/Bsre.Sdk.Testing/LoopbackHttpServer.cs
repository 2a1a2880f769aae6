using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bsre.Sdk.Testing;

/// <summary>
/// A minimal Kestrel HTTP server on 127.0.0.1 with an OS-assigned port, running one request delegate; no logging,
/// no configuration sources, no file watchers. The building block of the TSA (and later OCSP/CRL/gateway) emulators.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping;
    private int _disposed;

    private LoopbackHttpServer(WebApplication app, CancellationTokenSource stopping, Uri baseUrl)
    {
        _app = app;
        _stopping = stopping;
        BaseUrl = baseUrl;
    }

    /// <summary>The server's base URL, e.g. <c>http://127.0.0.1:41234/</c> (always ends with '/').</summary>
    public Uri BaseUrl { get; }

    /// <summary>Cancelled when the server starts shutting down; long-running handlers should observe it.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Starts a server that answers every request with <paramref name="handler"/>.</summary>
    /// <param name="handler">The request handler; unhandled exceptions become HTTP 500 responses.</param>
    /// <param name="cancellationToken">Cancels the start-up.</param>
    public static async Task<LoopbackHttpServer> StartAsync(RequestDelegate handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);

        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));

        WebApplication app = builder.Build();
        app.Run(handler);
        var stopping = new CancellationTokenSource();
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
                .Addresses.First();
            return new LoopbackHttpServer(app, stopping, new Uri(address.TrimEnd('/') + "/"));
        }
        catch
        {
            stopping.Dispose();
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Signals <see cref="Stopping"/>, stops Kestrel (waiting up to 5 s for requests) and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _app.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            _stopping.Dispose();
        }
    }
}
