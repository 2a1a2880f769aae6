using System.Net;
using Bsre.Sdk.Csc;
using Bsre.Sdk.Testing.Emulator.Csc;
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
/// seeded users, TOTPs delivered to a log <see cref="Mailbox"/>, and a TEST PKI whose OCSP responder, CRLs and TSA it
/// answers itself below <c>{BaseUrl}pki/</c> (<see cref="OcspUrl"/>, <see cref="CrlUrl"/>, <see cref="TimestampUrl"/>).
/// With <see cref="EmulatorOptions.PkiDirectory"/> the PKI is kept across restarts. It also is a Cloud Signature Consortium
/// remote signing service (CSC API v2.0 at <see cref="CscBaseUrl"/>, OAuth 2.0 at <c>{BaseUrl}oauth2/</c>) whose credentials
/// are the test PKI's RSA, ECDSA and revoked signers. Listens on loopback only.
/// </summary>
public sealed class BsreEmulator : IAsyncDisposable
{
    /// <summary>The CSC credential of the test PKI's RSA signer (<see cref="TestPki.SignerRsa"/>).</summary>
    public const string CscRsaCredential = "emulator-rsa";

    /// <summary>The CSC credential of the test PKI's ECDSA P-256 signer (<see cref="TestPki.SignerEcdsa"/>).</summary>
    public const string CscEcdsaCredential = "emulator-ecdsa";

    /// <summary>The CSC credential of the test PKI's revoked signer: its key is disabled and <c>credentials/authorize</c> refuses it.</summary>
    public const string CscRevokedCredential = "emulator-revoked";

    /// <summary>How many signatures one CSC authorization may cover (<c>multisign</c>).</summary>
    public const int CscMultisign = 100;

    private readonly WebApplication _app;
    private readonly EmulatorState _state;
    private readonly CscEmulatorService _csc;
    private readonly HttpClient _tsaHttp = new();

    private BsreEmulator(WebApplication app, EmulatorState state, Uri baseUrl, EmulatorOptions options)
    {
        _app = app;
        _state = state;
        _csc = app.Services.GetRequiredService<CscEmulatorService>();
        BaseUrl = baseUrl;
        Username = options.Username;
        Password = options.Password;
        state.Timestamps = new TimestampClient(_tsaHttp, new TimestampClientOptions { Url = TimestampUrl });
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

    /// <summary>Gets the OCSP responder the certificates name (AIA), <c>{BaseUrl}pki/ocsp</c>.</summary>
    public Uri OcspUrl => Pki.Urls.Ocsp;

    /// <summary>Gets the CRL distribution point of the signers' certificates, <c>{BaseUrl}pki/crl/intermediate.crl</c>.</summary>
    public Uri CrlUrl => Pki.Urls.IntermediateCrl;

    /// <summary>Gets the RFC 3161 timestamp authority (for B-T and above), <c>{BaseUrl}pki/tsa</c>.</summary>
    public Uri TimestampUrl => _state.Services.TimestampUrl;

    /// <summary>Gets the CSC API v2.0 base URI, <c>{BaseUrl}csc/v2/</c>.</summary>
    public Uri CscBaseUrl => new(BaseUrl, "csc/v2/");

    /// <summary>Gets how many <c>credentials/authorize</c> calls the CSC endpoint has received.</summary>
    public int CscAuthorizeCalls => _csc.AuthorizeCalls;

    /// <summary>Gets how many <c>signatures/signHash</c> calls the CSC endpoint has received.</summary>
    public int CscSignHashCalls => _csc.SignHashCalls;


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
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(address, options.Url.Port);
            kestrel.Limits.MaxRequestBodySize = null; // UploadLimit applies EmulatorOptions.MaxRequestBodySize, so that a refused body is drained, not cut
        });
        builder.Logging.ClearProviders();
        if (options.ConsoleLogging)
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true).AddFilter("Microsoft", LogLevel.Warning);
        }

        builder.Services.AddSingleton(provider => new Mailbox(provider.GetRequiredService<ILoggerFactory>().CreateLogger("Bsre.Sdk.Emulator.Mailbox")));
        builder.Services.AddSingleton<IDocumentSigner>(new PadesDocumentSigner());
        builder.Services.AddSingleton(provider => new EmulatorState(options, provider.GetRequiredService<Mailbox>(), provider.GetRequiredService<IDocumentSigner>()));
        builder.Services.AddSingleton(provider => new CscEmulatorService(options, provider.GetRequiredService<EmulatorState>()));

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

        try
        {
            // With a fixed port the PKI is ready before the port opens (nothing is answered "not ready"); port 0 is known once listening.
            Uri? fixedUrl = options.Url.Port == 0 ? null : new Uri(options.Url.GetLeftPart(UriPartial.Authority) + "/");
            if (fixedUrl is not null)
            {
                state.UsePki(OpenPki(options.PkiDirectory, new Uri(fixedUrl, "pki/")));
            }

            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            string listening = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            var baseUrl = fixedUrl ?? new Uri(listening.TrimEnd('/') + "/");
            if (fixedUrl is null)
            {
                state.UsePki(OpenPki(options.PkiDirectory, new Uri(baseUrl, "pki/")));
            }

            return new BsreEmulator(app, state, baseUrl, options);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The PKI whose services this emulator answers at <paramref name="services"/>: the one in <paramref name="directory"/>
    /// when there is one (so that what was signed before stays valid), else a new one, written there if a directory is given.
    /// </summary>
    private static TestPki OpenPki(string? directory, Uri services)
    {
        if (directory is null || !TestPki.ExistsIn(directory))
        {
            TestPki created = TestPki.Create(new TestPkiOptions { ServiceBaseUrl = services });
            if (directory is not null)
            {
                created.WriteTo(directory);
            }

            return created;
        }

        TestPki loaded = TestPki.Load(directory);
        return loaded.Urls.BaseUrl == services ? loaded : throw new InvalidOperationException(
            $"The test PKI in '{directory}' names its OCSP, CRL and TSA services at {loaded.Urls.BaseUrl}, but this emulator serves them at {services}. "
            + $"Start it with the URL the PKI was made for (--urls {loaded.Urls.BaseUrl.GetLeftPart(UriPartial.Authority)}), or give another --pki directory.");
    }

    private static void Map(WebApplication app, EmulatorOptions options)
    {
        app.Use(new GatewayExceptionHandler(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Bsre.Sdk.Emulator")).InvokeAsync);
        app.Use(new UploadLimit(options.MaxRequestBodySize).InvokeAsync);
        app.Use(new BasicAuthentication(options.Username, options.Password).InvokeAsync);
        V1Endpoints.Map(app);
        V2Endpoints.Map(app);
        SealEndpoints.Map(app);
        PkiEndpoints.Map(app);
        CscOAuth2Endpoints.Map(app);
        CscEndpoints.Map(app);
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

    /// <summary>Points CSC client options at this emulator's CSC endpoint (<see cref="CscBaseUrl"/>, plain http allowed on loopback).</summary>
    /// <param name="options">The options to set.</param>
    public void ConfigureCscClient(CscClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.BaseAddress = CscBaseUrl;
        options.AllowInsecureHttp = true;
    }

    /// <summary>Points OAuth 2.0 options at this emulator's authorization server with its client id and secret.</summary>
    /// <param name="options">The options to set.</param>
    public void ConfigureCscOAuth2(CscOAuth2Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.BaseAddress = BaseUrl;
        options.ClientId = _csc.Options.CscClientId;
        options.ClientSecret = _csc.Options.CscClientSecret;
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
        _tsaHttp.Dispose();
    }
}
