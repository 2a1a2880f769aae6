using Bsre.Sdk.Testing.Emulator;
using Microsoft.Extensions.Logging;

namespace Bsre.Sdk.Client.Tests.Emulator;

/// <summary>One emulator on 127.0.0.1 (free port) for a test class, and clients for it.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public const string Budi = "3201010101010001";
    public const string Rudi = "3201010101010003";
    public const string Passphrase = "Rahasia#123";
    public const string Subscriber = "SEAL-TEST-0001";

    public BsreEmulator Emulator { get; private set; } = null!;

    public EmulatorOptions Options { get; } = new() { Url = new Uri("http://127.0.0.1:0"), ConsoleLogging = false };

    public BsreClientOptions ClientOptions(string? password = null) => new()
    {
        BaseAddress = Emulator.BaseUrl,
        Username = Options.Username,
        Password = password ?? Options.Password,
        AllowInsecureHttp = true,
        RetryDelay = TimeSpan.Zero,
    };

    public BsreClient Client(string? password = null, ILoggerFactory? loggerFactory = null) =>
        new(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, ClientOptions(password), loggerFactory);

    public async Task InitializeAsync() => Emulator = await BsreEmulator.StartAsync(Options);

    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}
