using System.Security.Cryptography;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>
/// Past-signature validation (EN 319 102-1 §5.6.2.4) of a signature whose certificate expired after a document
/// timestamp proved it existed: the CMS is verified again over what it signs, from the one decoding of the CMS.
/// </summary>
public sealed class PastSignatureTests
{
    [SkippableFact]
    public async Task An_adbe_pkcs7_sha1_signature_validated_at_its_proof_of_existence_is_not_a_value_mismatch()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();

        SignatureValidationResult result = (await ValidateExpiredAsync(env, await Sha1SignedThenTimestampedAsync(env))).Signatures[0];

        // what the CMS signs is its encapsulated SHA-1 digest of the range, in the past validation as in the first: verified
        // over the range itself, it would fail and leave the signature INDETERMINATE (OUT_OF_BOUNDS_NO_POE)
        Assert.True(result.Indication == ValidationIndication.TotalPassed, $"{result.Indication}/{result.SubIndication}: {string.Join(" | ", result.Errors)}");
        Assert.Contains(result.Findings, f => f.Code == FindingCodes.ValidatedAtProofOfExistence);
        Assert.DoesNotContain(result.Findings, f => f.Code is FindingCodes.ContentDigestMismatch or FindingCodes.SignatureValueInvalid);
    }

    [SkippableFact]
    public async Task A_signature_validated_now_and_at_its_proof_of_existence_decodes_its_CMS_once()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        byte[] pdf = await Sha1SignedThenTimestampedAsync(env);

        using var telemetry = new TelemetryCollector(BsreTelemetry.Name, "Bsre.Sdk.Pdf");
        ValidationReport report = await ValidateExpiredAsync(env, pdf);

        Assert.Equal(ValidationIndication.TotalPassed, report.Signatures[0].Indication);
        Assert.Equal(1, telemetry.Activities.SelectMany(a => a.Events).Count(e => e.Name == "bsre.cms.decoded"));
    }

#pragma warning disable CA5350 // adbe.pkcs7.sha1 is defined over SHA-1: the test makes one
    /// <summary>An adbe.pkcs7.sha1 signature by a certificate valid for one hour, then a document timestamp.</summary>
    private static async Task<byte[]> Sha1SignedThenTimestampedAsync(PdfTestEnvironment env)
    {
        TestIdentity shortLived = env.Pki.IssueSigner("signer-sha1-short", "Sekar SHA-1 Sebentar", TestKeyAlgorithm.Rsa2048, notAfter: DateTimeOffset.UtcNow.AddHours(1));
        byte[] signed = await CryptographicPolicyPdfTests.SignAsync(env, shortLived, range => LegacyCmsSigner.Sign(shortLived, SHA1.HashData(range), "SHA256WITHRSA", env.Pki.Chain.Take(1), encapsulate: true), sha1SubFilter: true);
        using var stamped = new MemoryStream();
        await new PadesTimestamper(env.CreateTimestampClient()).TimestampAsync(new MemoryStream(signed), stamped);
        return stamped.ToArray();
    }
#pragma warning restore CA5350

    /// <summary>Validates three hours on, after the signer's certificate expired, with SHA-1 accepted for the range digest.</summary>
    private static async Task<ValidationReport> ValidateExpiredAsync(PdfTestEnvironment env, byte[] pdf)
    {
        // online: the newest timestamp's TSA is checked against live OCSP, as EN 319 102-1 wants for the last timestamp
        var options = ValidationFixture.Options(env, offline: false);
        options.ValidationTime = DateTimeOffset.UtcNow.AddHours(3);
        options.CryptographicPolicy.DigestAlgorithms[HashAlgorithmName.SHA1] = null;
        return await new PadesValidator(options).ValidateAsync(new MemoryStream(pdf), "sha1-expired.pdf");
    }
}
