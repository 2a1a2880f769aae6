using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>A document timestamp proves when a signature existed: after the signer's certificate expires, the signature still validates at that time.</summary>
public sealed class ProofOfExistenceTests
{
    [SkippableFact]
    public async Task A_document_timestamp_keeps_a_BB_signature_valid_after_its_certificate_expires()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        TestIdentity shortLived = env.Pki.IssueSigner("signer-short", "Sekar Sebentar", TestKeyAlgorithm.Rsa2048, notAfter: DateTimeOffset.UtcNow.AddHours(1));
        string signed = env.NewOutputPath("short-bb.pdf");
        string extended = env.NewOutputPath("short-lta.pdf");
        using (var signer = env.CreateSigner(shortLived))
        {
            await new PadesSigner(signer).SignAsync(ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), signed);
        }

        await new PadesExtender().ExtendAsync(signed, extended, new PadesExtensionOptions { Level = SignatureLevel.BaselineLTA, TimestampClient = env.CreateTimestampClient() });
        // online: the newest timestamp's TSA is checked against live OCSP, as EN 319 102-1 wants for the last timestamp
        var options = ValidationFixture.Options(env, offline: false);
        options.ValidationTime = DateTimeOffset.UtcNow.AddHours(3);

        var report = await new PadesValidator(options).ValidateAsync(extended);
        string json = ValidationFixture.Describe(report);
        var signature = report.Signatures[0];
        Assert.True(signature.Indication == ValidationIndication.TotalPassed, json);
        Assert.NotNull(signature.TimestampTime);
        Assert.Contains(signature.Warnings, w => w.Contains("document timestamp proves", StringComparison.Ordinal));
    }
}
