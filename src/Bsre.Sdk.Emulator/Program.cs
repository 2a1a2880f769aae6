using Microsoft.Extensions.Configuration;

namespace Bsre.Sdk.Emulator;

/// <summary>
/// Runs the BSrE gateway emulator:
/// <c>dotnet run --project src/Bsre.Sdk.Emulator -- --urls http://127.0.0.1:5080 [--users FILE] [--pki DIR]</c>.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        IConfiguration arguments = new ConfigurationBuilder().AddCommandLine(args).Build();
        var options = new EmulatorOptions
        {
            Url = new Uri(arguments["urls"] ?? "http://127.0.0.1:5080"),
            UsersFile = arguments["users"],
            PkiDirectory = arguments["pki"],
        };
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        await using BsreEmulator emulator = await BsreEmulator.StartAsync(options, stop.Token).ConfigureAwait(false);
        Console.WriteLine($"BSrE gateway emulator (TEST ONLY) on {emulator.BaseUrl}; Basic user '{options.Username}'. Press Ctrl+C to stop.");
        await emulator.RunUntilCancelledAsync(stop.Token).ConfigureAwait(false);
        return 0;
    }
}
