using System.Diagnostics;

namespace Bsre.Sdk.TestUtils;

/// <summary>Runs external tools (openssl, pdfsig, the shared interop scripts, the <c>bsre</c> tool) with a timeout, capturing their output.</summary>
public static class ProcessRunner
{
    /// <summary>The time a process may take unless told otherwise: 2 minutes.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Runs <paramref name="fileName"/> with an empty standard input; kills it (and its children) after the timeout.</summary>
    /// <param name="fileName">The program, found on PATH.</param>
    /// <param name="arguments">The arguments, passed as they are (no shell).</param>
    /// <param name="timeout">The time limit; <see langword="null"/> means <see cref="DefaultTimeout"/>.</param>
    /// <param name="workingDirectory">The working directory; <see langword="null"/> keeps the current one.</param>
    /// <param name="environment">Environment variables to set for the process.</param>
    /// <returns>The exit code and the captured output.</returns>
    /// <exception cref="TimeoutException">The process did not finish in time.</exception>
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        TimeSpan? timeout = null,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        string command = fileName + " " + string.Join(' ', start.ArgumentList);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}");
        process.StandardInput.Close();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        TimeSpan limit = timeout ?? DefaultTimeout;
        using var cancellation = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not finish within {limit}.");
        }

        return new ProcessResult(command, process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    /// <summary>Runs the built <c>bsre</c> tool (<c>bsre.dll</c> beside the test assembly) with <c>dotnet</c>.</summary>
    /// <param name="environment">Environment variables to set, or <see langword="null"/>.</param>
    /// <param name="arguments">The <c>bsre</c> arguments.</param>
    /// <returns>The exit code and the captured output.</returns>
    public static Task<ProcessResult> RunBsreAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
        => RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "bsre.dll"), .. arguments], environment: environment);

    /// <summary>Finds an executable on PATH.</summary>
    /// <param name="name">The file name.</param>
    /// <returns>Whether a directory on PATH holds it.</returns>
    public static bool IsOnPath(string name)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, name)));
}
