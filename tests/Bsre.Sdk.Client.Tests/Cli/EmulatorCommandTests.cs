using System.Diagnostics;
using System.Text.RegularExpressions;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Client.Tests.Cli;

/// <summary><c>bsre emulator</c> runs the gateway emulator on loopback until stopped, and refuses other addresses.</summary>
public sealed partial class EmulatorCommandTests
{
    [Fact]
    public async Task Bsre_emulator_serves_the_gateway_api()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "bsre.dll"), "emulator", "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            string? line;
            Match listening = Match.Empty;
            while (!listening.Success && (line = await process.StandardOutput.ReadLineAsync(timeout.Token)) is not null)
            {
                listening = Listening().Match(line);
            }

            Assert.True(listening.Success, "bsre emulator did not report its URL");
            var options = new BsreClientOptions { BaseAddress = new Uri(listening.Groups[1].Value), Username = "esign", Password = "esign-emulator", AllowInsecureHttp = true };
            var client = new BsreClient(new HttpClient(), options);

            UserStatusResult status = await client.GetUserStatusAsync(SignerId.FromNik("3201010101010001"), timeout.Token);

            Assert.True(status.CanSign);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Bsre_emulator_refuses_a_non_loopback_address()
    {
        var (code, _, error) = await ProcessRunner.RunBsreAsync(null, "emulator", "--urls", "http://0.0.0.0:5080");

        Assert.Equal(64, code);
        Assert.Contains("loopback", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex Listening();
}
