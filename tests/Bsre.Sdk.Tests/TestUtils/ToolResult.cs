using System.Diagnostics;

namespace Bsre.Sdk.Tests.TestUtils;

/// <summary>Exit code and captured output of an external tool.</summary>
internal sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Both output streams, for assertion messages.</summary>
    public string Output => StandardOutput + StandardError;

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="args"/>, capturing output, killing it after 60 s.</summary>
    public static async Task<ToolResult> RunAsync(string fileName, string workingDirectory, params string[] args)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        process.StandardInput.Close();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish within 60 s.");
        }

        return new ToolResult(process.ExitCode, await stdout, await stderr);
    }
}
