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

    /// <summary>Runs <c>openssl args...</c> in <paramref name="workingDirectory"/> with a 60-second limit.</summary>
    public static Task<ToolResult> RunAsync(string workingDirectory, params string[] args) =>
        ToolResult.RunAsync("openssl", workingDirectory, args);
}
