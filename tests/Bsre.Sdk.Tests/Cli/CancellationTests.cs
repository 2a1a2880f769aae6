using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Bsre.Sdk.Testing;

namespace Bsre.Sdk.Tests.Cli;

/// <summary>Ctrl+C (SIGINT) during a command is a cancellation: exit 130 (128 + SIGINT, the shell's convention), never 70, and no output file.</summary>
public sealed class CancellationTests : IClassFixture<CliFixture>
{
    private readonly CliFixture _fixture;

    public CancellationTests(CliFixture fixture) => _fixture = fixture;

    [SkippableFact]
    public async Task Sigint_while_waiting_for_the_TSA_exits_130_and_leaves_no_file()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "sends SIGINT with kill(1)");
        using var silentTsa = new TcpListener(IPAddress.Loopback, 0);
        silentTsa.Start();
        string folder = Directory.CreateDirectory(_fixture.NewPath("cancel")).FullName;
        string input = Path.Combine(folder, "in.pdf");
        await File.WriteAllBytesAsync(input, SamplePdf.Create());
        string output = Path.Combine(folder, "out.pdf");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "bsre.dll"), "pdf", "sign", "--in", input, "--out", output, "--level", "B-T",
            "--tsa", $"http://127.0.0.1:{((IPEndPoint)silentTsa.LocalEndpoint).Port}/", "--pfx", _fixture.PkiFile("signer-rsa.p12"),
            "--password-file", _fixture.PkiFile("signer-rsa.password"),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var bsre = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));   // a hang guard only: a loaded CI machine starts the tool slowly
        Task<string> error = bsre.StandardError.ReadToEndAsync(timeout.Token);
        using TcpClient request = await silentTsa.AcceptTcpClientAsync(timeout.Token);   // bsre now waits for the TSA's answer
        using (var kill = Process.Start("kill", ["-INT", bsre.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(timeout.Token);
        }

        await bsre.WaitForExitAsync(timeout.Token);

        Assert.True(bsre.ExitCode == 130, await error);
        Assert.Equal("bsre: Cancelled.", (await error).Trim());
        Assert.Equal(["in.pdf"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }
}
