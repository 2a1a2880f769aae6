using System.Diagnostics;

namespace Bsre.Sdk.Client.Tests.Fakes;

/// <summary>Runs poppler's <c>pdfsig</c> with an NSS database that trusts only the given root.</summary>
internal static class PdfSig
{
    public static bool Available => Exists("pdfsig") && Exists("certutil");

    public static async Task<string> VerifyAsync(string pdf, string rootPem)
    {
        string nss = Directory.CreateTempSubdirectory("bsre-nss-").FullName;
        try
        {
            await RunAsync("certutil", "-N", "-d", $"sql:{nss}", "--empty-password");
            await RunAsync("certutil", "-A", "-d", $"sql:{nss}", "-n", "bsre-test-root", "-t", "CT,C,C", "-i", rootPem);
            return await RunAsync("pdfsig", "-nssdir", $"sql:{nss}", pdf);
        }
        finally
        {
            Directory.Delete(nss, recursive: true);
        }
    }

    private static bool Exists(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, tool)));

    private static async Task<string> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output + await error;
    }
}
