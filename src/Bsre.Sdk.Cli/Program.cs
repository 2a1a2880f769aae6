namespace Bsre.Sdk.Cli;

/// <summary>The <c>bsre</c> entry point: runs a command, cancelled by Ctrl+C.</summary>
internal static class Program
{
    /// <summary>BouncyCastle's setting for the Miller-Rabin rounds it runs on every RSA public key it builds (0: none).</summary>
    private const string RsaModulusTests = "Org.BouncyCastle.Rsa.MaxMRTests";

    public static async Task<int> Main(string[] args)
    {
        // BouncyCastle proves the modulus of every RSA public key it builds composite with a Miller-Rabin test (a 2048-bit
        // modular exponentiation in managed code); the PKIX path check builds each CA key, so in a one-file call that test
        // is two thirds of the work. OpenSSL, NSS and .NET verify RSA signatures without it (so does this SDK's CMS path),
        // and a relying party gains nothing from it: a CA that certified a broken key is broken whatever we test. The tool
        // turns it off; set the variable to keep BouncyCastle's default or choose the rounds.
        if (Environment.GetEnvironmentVariable(RsaModulusTests) is null)
        {
            Environment.SetEnvironmentVariable(RsaModulusTests, "0");
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return await BsreCli.RunAsync(args, Console.Out, Console.Error, cancellation.Token, stderrIsTerminal: !Console.IsErrorRedirected).ConfigureAwait(false);
    }
}
