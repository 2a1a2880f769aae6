using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>Signs corpus PDFs with the test PKI and validates them with <see cref="PadesValidator"/>.</summary>
internal static class ValidationFixture
{
    public static SignatureValidationOptions Options(PdfTestEnvironment env, bool offline)
    {
        var options = new SignatureValidationOptions { Offline = offline };
        options.TrustAnchors.Add(env.Pki.Root.Certificate);
        return options;
    }

    public static async Task<string> SignAsync(PdfTestEnvironment env, string input, SignatureLevel level, PadesSignatureOptions? options = null, string? name = null)
    {
        string output = env.NewOutputPath((name ?? level.ToString()) + ".pdf");
        using var signer = env.CreateSigner();
        options ??= new PadesSignatureOptions();
        options.Level = level;
        options.TimestampClient = level >= SignatureLevel.BaselineT ? env.CreateTimestampClient() : null;
        await new PadesSigner(signer).SignAsync(input, output, options);
        return output;
    }

    public static string Corpus(string name) => SharedPaths.CorpusFile(name);

    public static async Task<ValidationReport> ValidateAsync(PdfTestEnvironment env, string path, bool offline = false)
        => await new PadesValidator(Options(env, offline)).ValidateAsync(path);

    public static async Task<ValidationReport> ValidateAsync(PdfTestEnvironment env, byte[] pdf, bool offline = false)
        => await new PadesValidator(Options(env, offline)).ValidateAsync(new MemoryStream(pdf), "attack.pdf");

    public static string Describe(ValidationReport report)
    {
        using var buffer = new MemoryStream();
        report.WriteJson(buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
