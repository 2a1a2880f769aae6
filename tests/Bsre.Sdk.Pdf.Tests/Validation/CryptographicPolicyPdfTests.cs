using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>
/// The cryptographic policy in PDF signatures: SHA-1, MD5 and RSA-1024 are INDETERMINATE
/// CRYPTO_CONSTRAINTS_FAILURE_NO_POE online and offline, SHA-256 with RSA-2048 passes; adbe.pkcs7.sha1 is bound to the
/// SHA-1 digest of its range (a changed document fails) and judged by the policy.
/// </summary>
public sealed partial class CryptographicPolicyPdfTests
{
    [Theory]
    [InlineData("SHA1WITHRSA", false)]
    [InlineData("SHA1WITHRSA", true)]
    [InlineData("MD5WITHRSA", false)]
    [InlineData("MD5WITHRSA", true)]
    [InlineData("RSA1024", false)]
    [InlineData("RSA1024", true)]
    [InlineData("SHA256WITHRSA", false)]
    [InlineData("SHA256WITHRSA", true)]
    public async Task Weak_signatures_are_INDETERMINATE_and_SHA_256_passes(string algorithm, bool offline)
    {
        var env = await PdfTestEnvironment.GetAsync();
        TestIdentity signer = algorithm == "RSA1024" ? env.Pki.IssueSigner("pdf-rsa1024", "Weak Key PDF (TEST)", TestKeyAlgorithm.Rsa1024) : env.Pki.SignerRsa;
        byte[] pdf = await SignAsync(env, signer, range => LegacyCmsSigner.Sign(signer, range, algorithm == "RSA1024" ? "SHA256WITHRSA" : algorithm, env.Pki.Chain.Take(1)));

        SignatureValidationResult result = Assert.Single((await ValidateAsync(env, pdf, offline)).Signatures);

        string described = $"{result.Indication}/{result.SubIndication}: {string.Join(" | ", result.Errors)}";
        if (algorithm == "SHA256WITHRSA")
        {
            Assert.True(result.Indication == ValidationIndication.TotalPassed, described);
        }
        else
        {
            Assert.True(result.Indication == ValidationIndication.Indeterminate && result.SubIndication == SubIndication.CryptoConstraintsFailureNoPoe, described);
        }
    }

#pragma warning disable CA5350 // adbe.pkcs7.sha1 is defined over SHA-1: the test makes one
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_adbe_pkcs7_sha1_signature_is_bound_to_its_range_and_judged_by_the_policy(bool tamper)
    {
        var env = await PdfTestEnvironment.GetAsync();
        TestIdentity signer = env.Pki.SignerRsa;
        byte[] pdf = await SignAsync(env, signer, range => LegacyCmsSigner.Sign(signer, SHA1.HashData(tamper ? [.. range, 0x20] : range), "SHA256WITHRSA", env.Pki.Chain.Take(1), encapsulate: true), sha1SubFilter: true);

        var options = Options(env, offline: true);
        SignatureValidationResult result = Assert.Single((await new PadesValidator(options).ValidateAsync(new MemoryStream(pdf), "sha1.pdf")).Signatures);
        options.CryptographicPolicy.DigestAlgorithms[HashAlgorithmName.SHA1] = null;
        SignatureValidationResult relaxed = Assert.Single((await new PadesValidator(options).ValidateAsync(new MemoryStream(pdf), "sha1.pdf")).Signatures);

        if (tamper)
        {
            Assert.Equal((ValidationIndication.TotalFailed, SubIndication.HashFailure), (relaxed.Indication, relaxed.SubIndication));
        }
        else
        {
            Assert.Equal((ValidationIndication.Indeterminate, SubIndication.CryptoConstraintsFailureNoPoe), (result.Indication, result.SubIndication));
            Assert.True(relaxed.Indication == ValidationIndication.TotalPassed, string.Join(" | ", relaxed.Errors));
        }
    }

#pragma warning restore CA5350

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_document_timestamp_over_a_SHA_1_imprint_is_judged_by_the_policy(bool policyAcceptsSha1)
    {
        var env = await PdfTestEnvironment.GetAsync();
        byte[] signed = await SignAsync(env, env.Pki.SignerRsa, range => LegacyCmsSigner.Sign(env.Pki.SignerRsa, range, "SHA256WITHRSA", env.Pki.Chain.Take(1)));
        await using var tsa = await TimestampAuthorityServer.StartAsync(env.Pki.Tsa, env.Pki.Chain, new TimestampAuthorityOptions { AcceptSha1Imprint = true });
        using var http = new HttpClient();
        using var stamped = new MemoryStream();
        await new PadesTimestamper(new Timestamping.TimestampClient(http, new Timestamping.TimestampClientOptions { Url = tsa.Url }))
            .TimestampAsync(new MemoryStream(signed), stamped, new PadesTimestampOptions { HashAlgorithm = HashAlgorithmName.SHA1 });
        var options = Options(env, offline: true);
        if (policyAcceptsSha1)
        {
            options.CryptographicPolicy.DigestAlgorithms[HashAlgorithmName.SHA1] = null;
        }

        ValidationReport report = await new PadesValidator(options).ValidateAsync(new MemoryStream(stamped.ToArray()), "sha1-timestamp.pdf");

        SignatureValidationResult timestamp = report.Signatures[1];
        TimestampValidationResult covering = Assert.Single(report.Signatures[0].Timestamps);
        string described = ValidationFixture.Describe(report);
        var expected = policyAcceptsSha1 ? (ValidationIndication.TotalPassed, (SubIndication?)null) : (ValidationIndication.Indeterminate, SubIndication.CryptoConstraintsFailureNoPoe);
        Assert.True((timestamp.Indication, timestamp.SubIndication) == expected, described);
        Assert.True((covering.Indication, covering.SubIndication) == expected, described);
        Assert.Equal(ValidationIndication.TotalPassed, report.Signatures[0].Indication);
    }

    /// <summary>Prepares a signature field, then embeds the CMS <paramref name="sign"/> makes over the signed range.</summary>
    internal static async Task<byte[]> SignAsync(PdfTestEnvironment env, TestIdentity signer, Func<byte[], byte[]> sign, bool sha1SubFilter = false)
    {
        using var prepared = new MemoryStream();
        var state = await new PadesTwoPhaseSigner().PrepareAsync(new MemoryStream(SamplePdf.Create()), prepared, new SignerCertificates(signer.Certificate, env.Pki.Chain), new PadesSignatureOptions { ContentsSize = 16384 });
        byte[] bytes = prepared.ToArray();
        if (sha1SubFilter)
        {
            Replace(bytes, "/ETSI.CAdES.detached", "/adbe.pkcs7.sha1    ");
        }

        Match range = ByteRange().Matches(Encoding.Latin1.GetString(bytes))[^1];
        int[] r = [.. range.Groups.Values.Skip(1).Select(g => int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture))];
        byte[] cms = sign([.. bytes.AsSpan(r[0], r[1]), .. bytes.AsSpan(r[2], r[3])]);
        Encoding.ASCII.GetBytes(Convert.ToHexString(cms)).CopyTo(bytes, state.ContentsOffset + 1);
        return bytes;
    }

    private static void Replace(byte[] bytes, string from, string to)
    {
        int at = Encoding.Latin1.GetString(bytes).LastIndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{from} not found");
        Encoding.Latin1.GetBytes(to).CopyTo(bytes, at);
    }

    private static async Task<ValidationReport> ValidateAsync(PdfTestEnvironment env, byte[] pdf, bool offline)
        => await new PadesValidator(Options(env, offline)).ValidateAsync(new MemoryStream(pdf), "weak.pdf");

    private static SignatureValidationOptions Options(PdfTestEnvironment env, bool offline)
    {
        var options = ValidationFixture.Options(env, offline);
        if (offline)
        {
            options.Crls.Add(env.Pki.IntermediateCrl);
            options.Crls.Add(env.Pki.RootCrl);
        }

        return options;
    }

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRange();
}
