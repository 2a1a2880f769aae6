using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Tests.TestUtils;

/// <summary>Runs the <c>openssl</c> command-line tool for cross-checking generated artifacts.</summary>
internal static class OpenSslCli
{
    private static readonly Lazy<bool> Available = new(() =>
    {
        try
        {
            return RunAsync(Path.GetTempPath(), "version").GetAwaiter().GetResult().ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    /// <summary>Whether <c>openssl</c> can be started from PATH.</summary>
    public static bool IsAvailable => Available.Value;

    /// <summary>The Skip.If message used when openssl is missing.</summary>
    public const string NotAvailableMessage = "openssl is not on PATH; install OpenSSL 3 to run the interoperability checks.";

    /// <summary>Runs <c>openssl args...</c> in <paramref name="workingDirectory"/>.</summary>
    public static Task<ProcessResult> RunAsync(string workingDirectory, params string[] args) =>
        ProcessRunner.RunAsync("openssl", args, workingDirectory: workingDirectory);
}
