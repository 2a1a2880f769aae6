using System.CommandLine;
using System.Globalization;
using Bsre.Sdk.Cli.Infrastructure;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Cli.Commands;

/// <summary>
/// <c>bsre demo</c>: the whole job with nothing to configure. Makes a test PKI, starts a TSA on
/// 127.0.0.1 with OCSP and CRLs, signs a text at CAdES B-B and B-T with each key type and a PDF at
/// every PAdES level, and validates every result online against those services.
/// </summary>
internal static class DemoCommand
{
    private const string SampleText = "Nota Dinas\nPerihal: contoh dokumen yang ditandatangani secara elektronik dengan Bsre.Sdk.\n";

    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory for the demo's files (default: a new temporary directory)" };
        var command = new Command("demo", "Make a test PKI, sign samples at every level, validate them, print a report") { output };
        context.SetAction(command, async (parse, cancellationToken) =>
        {
            string directory = parse.GetValue(output)?.FullName ?? Path.Combine(Path.GetTempPath(), $"bsre-demo-{Guid.NewGuid():N}"[..20]);
            Directory.CreateDirectory(directory);
            return await RunAsync(directory, context.Output, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(string directory, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"Bsre.Sdk demo in {directory}").ConfigureAwait(false);
        await using var services = await TestPkiServices.StartAsync(cancellationToken).ConfigureAwait(false);
        TestPki pki = services.Pki;
        pki.WriteTo(Path.Combine(directory, "pki"));
        await output.WriteLineAsync($"  test PKI: {TestPki.RootSubject} -> {TestPki.IntermediateSubject}").ConfigureAwait(false);
        await output.WriteLineAsync($"  OCSP and CRL: {services.Revocation.BaseUrl}, timestamp authority: {services.Tsa.Url}").ConfigureAwait(false);
        string sample = Path.Combine(directory, "nota-dinas.txt");
        await File.WriteAllTextAsync(sample, SampleText, cancellationToken).ConfigureAwait(false);

        var validation = new SignatureValidationOptions();
        validation.TrustAnchors.Add(pki.Root.Certificate);
        using var http = new HttpClient();
        var timestamps = new TimestampClient(http, new TimestampClientOptions { Url = services.Tsa.Url });

        int failures = 0;
        foreach (TestIdentity identity in new[] { pki.SignerRsa, pki.SignerEcdsa, pki.SignerEd25519 })
        {
            using var signer = LocalSigner.FromPkcs12(identity.Pkcs12, identity.Password);
            foreach (var level in new[] { SignatureLevel.BaselineB, SignatureLevel.BaselineT, SignatureLevel.BaselineLTA })
            {
                var options = new CadesSignatureOptions { Level = level, TimestampClient = timestamps };
                string file = Path.Combine(directory, $"nota-dinas.{identity.Name}.{LevelName(level)}.p7s");
                await using (var content = File.OpenRead(sample))
                {
                    await File.WriteAllBytesAsync(file, await new CadesSigner(signer, options).SignDetachedAsync(content, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                }

                await using var signature = File.OpenRead(file);
                await using var signed = File.OpenRead(sample);
                failures += await ReportAsync(output, file, await new CadesValidator(validation, http).ValidateAsync(signature, signed, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            }
        }

        string pdf = Path.Combine(directory, "surat.pdf");
        await File.WriteAllBytesAsync(pdf, SamplePdf.Create("Surat Keputusan - ditandatangani oleh ${ttd}"), cancellationToken).ConfigureAwait(false);
        using (var signer = LocalSigner.FromPkcs12(pki.SignerRsa.Pkcs12, pki.SignerRsa.Password))
        {
            foreach (var level in Enum.GetValues<SignatureLevel>())
            {
                string file = Path.Combine(directory, $"surat.{LevelName(level)}.pdf");
                var options = new PadesSignatureOptions
                {
                    Level = level,
                    TimestampClient = timestamps,
                    Reason = "Persetujuan",
                    Appearance = new PdfSignatureAppearance { AnchorText = "${ttd}", Notice = true, QrCodeUrl = new Uri("https://tte.example.go.id/verifikasi") },
                };
                await new PadesSigner(signer, http).SignAsync(pdf, file, options, cancellationToken).ConfigureAwait(false);
                failures += await ReportAsync(output, file, await new PadesValidator(validation, httpClient: http).ValidateAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync(failures == 0
            ? $"All signatures validated TOTAL_PASSED (signature, chain to the test root, OCSP, timestamp). Files: {directory}"
            : $"{failures} signature(s) did not validate.").ConfigureAwait(false);
        return failures == 0 ? ExitCodes.Success : ExitCodes.VerifyFailed;
    }

    private static string LevelName(SignatureLevel level) => level switch
    {
        SignatureLevel.BaselineB => "b-b",
        SignatureLevel.BaselineT => "b-t",
        SignatureLevel.BaselineLT => "b-lt",
        _ => "b-lta",
    };

    /// <summary>Prints one line per signature; returns how many did not pass.</summary>
    private static async Task<int> ReportAsync(TextWriter output, string file, ValidationReport report)
    {
        int failures = report.Signatures.Count == 0 ? 1 : 0;
        foreach (SignatureValidationResult result in report.Signatures)
        {
            failures += result.Indication == ValidationIndication.TotalPassed ? 0 : 1;
            string line = string.Create(CultureInfo.InvariantCulture, $"  {Path.GetFileName(file),-38} {result.Id,-18} {result.Indication.ToEtsiName(),-14} {result.Level}");
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }

        return failures;
    }
}
