using Bsre.Sdk.Client.Tests.Fakes;
using Bsre.Sdk.Csc;
using Bsre.Sdk.Testing.Emulator;

namespace Bsre.Sdk.Client.Tests.Csc;

/// <summary>An emulator whose CSC endpoint runs on a clock the tests move (to expire tokens and SADs), and CSC clients for it.</summary>
public sealed class CscEmulatorFixture : IAsyncLifetime
{
    private readonly List<IDisposable> _owned = [];

    internal ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public BsreEmulator Emulator { get; private set; } = null!;

    public EmulatorOptions Options { get; private set; } = null!;

    public CscOAuth2TokenProvider Tokens(HttpClient? http = null)
    {
        var options = new CscOAuth2Options();
        Emulator.ConfigureCscOAuth2(options);
        return Own(new CscOAuth2TokenProvider(http ?? Own(new HttpClient()), options));
    }

    public CscClient Client(ICscTokenProvider? tokens = null)
    {
        var options = new CscClientOptions();
        Emulator.ConfigureCscClient(options);
        return new CscClient(Own(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }), options, tokens ?? Tokens());
    }

    /// <summary>The application's PIN/OTP step: ask the service to send the OTP, read it where the user would, answer both.</summary>
    public Func<CscCredential, int, CancellationToken, ValueTask<IReadOnlyList<CscAuthData>>> PinAndOtp(CscClient client, string? pin = null, string? otp = null, List<int>? calls = null) =>
        async (credential, count, cancellationToken) =>
        {
            calls?.Add(count);
            await client.SendChallengeAsync(credential.Id, "OTP", cancellationToken);
            return [CscAuthData.Pin(pin ?? Options.CscPin), CscAuthData.Otp(otp ?? Emulator.Mailbox.LatestCode(credential.Id)!)];
        };

    public async Task InitializeAsync()
    {
        Options = new EmulatorOptions { Url = new Uri("http://127.0.0.1:0"), ConsoleLogging = false, TimeProvider = Clock };
        Emulator = await BsreEmulator.StartAsync(Options);
    }

    public async Task DisposeAsync()
    {
        _owned.ForEach(d => d.Dispose());
        await Emulator.DisposeAsync();
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        lock (_owned)
        {
            _owned.Add(disposable);
        }

        return disposable;
    }
}
