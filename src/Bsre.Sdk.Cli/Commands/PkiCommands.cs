using System.CommandLine;
using Bsre.Sdk.Cli.Infrastructure;
using Bsre.Sdk.Testing;

namespace Bsre.Sdk.Cli.Commands;

/// <summary><c>bsre pki create</c>: writes a test PKI shaped like BSrE's hierarchy.</summary>
internal static class PkiCommands
{
    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory to write the test PKI into", Required = true };
        var serviceUrl = CommonOptions.Url("--service-url", "Base URL for the OCSP, CRL and caIssuers URLs in the certificates (default http://127.0.0.1:2560/)");
        var create = new Command("create", "Write a TEST PKI: root, intermediate, signers (RSA, ECDSA, Ed25519, revoked, expired), TSA, OCSP responder, CRL") { output, serviceUrl };
        context.SetAction(create, async (parse, cancellationToken) =>
        {
            DirectoryInfo directory = parse.GetRequiredValue(output);
            var pki = TestPki.Create(new TestPkiOptions { ServiceBaseUrl = parse.GetValue(serviceUrl) ?? TestPkiOptions.DefaultServiceBaseUrl });
            pki.WriteTo(directory.FullName);
            await context.Output.WriteLineAsync($"Test PKI written to {directory.FullName} (root: {TestPki.RootSubject}). For tests only.").ConfigureAwait(false);
            return ExitCodes.Success;
        });

        return new Command("pki", "Test PKI tools") { create };
    }
}
