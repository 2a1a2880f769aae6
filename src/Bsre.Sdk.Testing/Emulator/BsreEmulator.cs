using System.Net;
using Bsre.Sdk.Testing.Emulator.Internal;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Timestamping;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bsre.Sdk.Testing.Emulator;

/// <summary>
/// A local emulator of the BSrE Esign Client Service gateway: the v1, v2 and seal endpoints with Basic authentication,
/// seeded users, TOTPs delivered to a log <see cref="Mailbox"/>, and a TEST PKI whose OCSP responder, CRLs and TSA run
/// beside it (<see cref="TestPkiServices"/>). Listens on loopback only.
/// </summary>
public sealed class BsreEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;
    private readonly TestPkiServices _services;
    private readonly HttpClient _tsaHttp = new();

    private BsreEmulator(WebApplication app, EmulatorState state, TestPkiServices services, Uri baseUrl, EmulatorOptions options)
    {
        _app = app;
        _state = state;
        _services = services;
        BaseUrl = baseUrl;
        Username = options.Username;
        Password = options.Password;
        state.Timestamps = new TimestampClient(_tsaHttp, new TimestampClientOptions { Url = services.Tsa.Url });
    }

    /// <summary>Gets the base URL, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Gets the API user name clients authenticate with (Basic authentication).</summary>
    public string Username { get; }

    /// <summary>Gets the API password clients authenticate with (Basic authentication). A TEST credential.</summary>
    public string Password { get; }

    /// <summary>Gets the mailbox where TOTPs and activation codes are delivered.</summary>
    public Mailbox Mailbox => _state.Mailbox;

    /// <summary>Gets the test PKI whose root signed PDFs verify against.</summary>
    public TestPki Pki => _state.Pki;


    /// <summary>
    /// Starts the emulator in-process on a free loopback port, with the default users and without console logging:
    /// what an integration test needs. Point a <c>BsreClient</c> at it with <see cref="ConfigureClient"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    public static Task<BsreEmulator> StartAsync(CancellationToken cancellationToken = default) =>
        StartAsync(new EmulatorOptions { Url = new Uri("http://127.0.0.1:0"), ConsoleLogging = false }, cancellationToken);

    /// <summary>Starts the emulator.</summary>
    /// <param name="options">Where to listen, credentials, users and PKI.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="ArgumentException">The URL is not an http URL on a loopback address.</exception>
    public static async Task<BsreEmulator> StartAsync(EmulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Url.Scheme != Uri.UriSchemeHttp || !IPAddress.TryParse(options.Url.Host, out IPAddress? address) || !IPAddress.IsLoopback(address))
        {
            throw new ArgumentException($"The emulator listens on loopback http only (e.g. http://127.0.0.1:5080), not '{options.Url}'.", nameof(options));
        }

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, options.Url.Port));
        builder.Logging.ClearProviders();
        if (options.ConsoleLogging)
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true).AddFilter("Microsoft", LogLevel.Warning);
        }

        builder.Services.AddSingleton(provider => new Mailbox(provider.GetRequiredService<ILoggerFactory>().CreateLogger("Bsre.Sdk.Emulator.Mailbox")));
        builder.Services.AddSingleton<IDocumentSigner>(new PadesDocumentSigner());
        builder.Services.AddSingleton(provider => new EmulatorState(options, provider.GetRequiredService<Mailbox>(), provider.GetRequiredService<IDocumentSigner>()));

        WebApplication app = builder.Build();
        Map(app, options);
        EmulatorState state;
        try
        {
            state = app.Services.GetRequiredService<EmulatorState>(); // reads the users file: fail before starting anything
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        TestPkiServices services = await TestPkiServices.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            state.UsePki(services.Pki);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            string listening = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            if (options.PkiDirectory is { } directory)
            {
                state.Pki.WriteTo(directory);
            }

            return new BsreEmulator(app, state, services, new Uri(listening.TrimEnd('/') + "/"), options);
        }
        catch
        {
            await services.DisposeAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static void Map(WebApplication app, EmulatorOptions options)
    {
        app.Use(new GatewayExceptionHandler(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Bsre.Sdk.Emulator")).InvokeAsync);
        app.Use(new BasicAuthentication(options.Username, options.Password).InvokeAsync);
        V1Endpoints.Map(app);
        V2Endpoints.Map(app);
        SealEndpoints.Map(app);
        PkiEndpoints.Map(app);
    }

    /// <summary>
    /// Points client options at this emulator: its <see cref="BaseUrl"/>, <see cref="Username"/> and
    /// <see cref="Password"/>, and <see cref="BsreClientOptions.AllowInsecureHttp"/> (the emulator speaks http on loopback).
    /// Pass it to <c>services.AddBsreClient(emulator.ConfigureClient)</c>.
    /// </summary>
    /// <param name="options">The options to set.</param>
    public void ConfigureClient(BsreClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.BaseAddress = BaseUrl;
        options.Username = Username;
        options.Password = Password;
        options.AllowInsecureHttp = true;
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="cancellationToken">Stops the emulator.</param>
    public Task RunUntilCancelledAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops Kestrel and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        await _services.DisposeAsync().ConfigureAwait(false);
        _tsaHttp.Dispose();
    }
}
