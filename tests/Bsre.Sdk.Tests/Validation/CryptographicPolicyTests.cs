using System.Security.Cryptography;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Tests.Revocation;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Testing.Revocation;
using Bsre.Sdk.TestUtils;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Tests.Validation;

/// <summary>
/// The default cryptographic policy (ETSI TS 119 312, DSS's constraint.xml): SHA-1, MD5 and RSA-1024 signatures are
/// INDETERMINATE CRYPTO_CONSTRAINTS_FAILURE_NO_POE, online and offline, while the same signatures made with SHA-256
/// and RSA-2048 pass. The weak ones verify in OpenSSL: the cryptography itself is intact.
/// </summary>
public sealed class CryptographicPolicyTests(RevocationFixture fixture) : IClassFixture<RevocationFixture>
{
    private readonly byte[] _content = Cades.Content();

    public static TheoryData<string, bool> Weak => new()
    {
        { "SHA1WITHRSA", false }, { "SHA1WITHRSA", true },
        { "MD5WITHRSA", false }, { "MD5WITHRSA", true },
        { "RSA1024", false }, { "RSA1024", true },
    };

    [Theory]
    [MemberData(nameof(Weak))]
    public async Task A_weak_signature_is_INDETERMINATE_CRYPTO_CONSTRAINTS_FAILURE_NO_POE(string algorithm, bool offline)
    {
        fixture.Reset();
        byte[] cms = Sign(algorithm);

        var result = await Cades.ValidateSingleAsync(cms, _content, Options(offline));

        Assert.True(result.Indication == ValidationIndication.Indeterminate && result.SubIndication == SubIndication.CryptoConstraintsFailureNoPoe, Cades.Describe(result));
        Assert.Contains(result.Findings, f => f.Code == "CRYPTO_CONSTRAINTS_NOT_MET" && f.Severity == FindingSeverity.Error);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Control_the_same_signature_with_SHA_256_and_RSA_2048_passes(bool offline)
    {
        fixture.Reset();
        byte[] cms = LegacyCmsSigner.Sign(fixture.Pki.SignerRsa, _content, "SHA256WITHRSA", fixture.Pki.Chain.Take(1));

        var result = await Cades.ValidateSingleAsync(cms, _content, Options(offline));

        Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
    }

    [Fact]
    public async Task A_policy_that_still_accepts_SHA_1_passes_it()
    {
        fixture.Reset();
        var options = Options(offline: true);
        options.CryptographicPolicy.DigestAlgorithms[HashAlgorithmName.SHA1] = null;

        var result = await Cades.ValidateSingleAsync(Sign("SHA1WITHRSA"), _content, options);

        Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
    }

    [Theory]
    [InlineData("SHA1WITHRSA")]
    [InlineData("MD5WITHRSA")]
    [InlineData("RSA1024")]
    public async Task The_weak_signatures_verify_in_openssl(string algorithm)
    {
        string directory = Directory.CreateTempSubdirectory("bsre-crypto-policy").FullName;
        try
        {
            var (result, _) = await OpenSsl.VerifyCmsAsync(directory, WritePem(directory, "root.pem", fixture.Pki.Root), WritePem(directory, "intermediate.pem", fixture.Pki.Intermediate), Sign(algorithm), _content);

            Assert.True(result.ExitCode == 0, result.StandardError);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_proof_of_existence_before_the_sunset_keeps_a_weak_algorithm_acceptable()
    {
        var crypto = new CryptoConstraints(CryptographicPolicy.CreateDefault());
        var now = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        HashAlgorithmName?[] sha1 = [HashAlgorithmName.SHA1];

        CryptoVerdict proven2008 = crypto.Judge("signature", sha1, fixture.Pki.SignerRsa.Certificate, now, new DateTimeOffset(2008, 6, 1, 0, 0, 0, TimeSpan.Zero));
        CryptoVerdict proven2010 = crypto.Judge("signature", sha1, fixture.Pki.SignerRsa.Certificate, now, new DateTimeOffset(2010, 6, 1, 0, 0, 0, TimeSpan.Zero));
        CryptoVerdict strong = crypto.Judge("signature", [HashAlgorithmName.SHA256], fixture.Pki.SignerRsa.Certificate, now, null);

        Assert.True(proven2008.Accepted && proven2008.Message!.Contains("2008-06-01", StringComparison.Ordinal), proven2008.Message);
        Assert.False(proven2010.Accepted);
        Assert.Equal(CryptoVerdict.Accept, strong);
    }

    /// <summary>
    /// Revocation evidence is held to the policy too (DSS's cryptographic constraints on revocation data): an OCSP
    /// response or a CRL signed with SHA-1 is not used, so the signer's status is unproven and the signature INDETERMINATE
    /// TRY_LATER; with SHA-256 evidence the same signature passes (the controls), and without the check both weak ones pass.
    /// </summary>
    [Theory]
    [InlineData("OCSP", null)]
    [InlineData("OCSP", "SHA1WITHRSA")]
    [InlineData("CRL", null)]
    [InlineData("CRL", "SHA1WITHRSA")]
    public async Task Revocation_evidence_signed_with_SHA_1_is_not_used(string kind, string? algorithm)
    {
        fixture.Reset();
        // a signer of its own, so that no response cached by another test answers for it
        TestIdentity signer = fixture.Pki.IssueSigner($"signer-evidence-{kind}-{algorithm ?? "sha256"}", $"Evidence {kind} {algorithm} (TEST)", TestKeyAlgorithm.Rsa2048);
        byte[] cms = LegacyCmsSigner.Sign(signer, _content, "SHA256WITHRSA", fixture.Pki.Chain.Take(1));
        SignatureValidationOptions options;
        if (kind == "OCSP")
        {
            // OCSP is the only evidence for the signer: its CA's CRL is not served
            fixture.Responder.Options.SignatureAlgorithm = algorithm;
            fixture.Server.SetCrl("intermediate.crl", null);
            options = RevocationFixture.Options();
        }
        else
        {
            options = RevocationFixture.Options(RevocationCheckMode.CrlOnly, offline: true);
            var crl = new TestCrlBuilder(fixture.Pki.Intermediate, fixture.Pki.Now.AddHours(-1), fixture.Pki.Now.AddDays(1));
            options.Crls.Add(algorithm is null ? crl.Build() : crl.WithSignatureAlgorithm(algorithm).Build());
            options.Crls.Add(fixture.Pki.RootCrl);
        }

        options.TrustAnchors.Add(fixture.Pki.Root.Certificate);
        var result = await Cades.ValidateSingleAsync(cms, _content, options);

        if (algorithm is null)
        {
            Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
            return;
        }

        Assert.True(result.Indication == ValidationIndication.Indeterminate && result.SubIndication == SubIndication.TryLater, Cades.Describe(result));
        Assert.True(result.Errors.Any(e => e.Contains($"The {(kind == "OCSP" ? "OCSP response" : kind)} uses SHA1, which the cryptographic policy accepts only until", StringComparison.Ordinal)), Cades.Describe(result));
    }

    [Fact]
    public void The_public_judge_of_a_digest_gives_an_error_a_note_or_nothing()
    {
        var policy = CryptographicPolicy.CreateDefault();
        var now = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

        ValidationFinding? refused = policy.Judge("digest of the range", HashAlgorithmName.SHA1, now);
        ValidationFinding? saved = policy.Judge("digest of the range", HashAlgorithmName.SHA1, now, new DateTimeOffset(2008, 6, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal((FindingCodes.CryptoConstraintsNotMet, FindingSeverity.Error), (refused?.Code, refused?.Severity));
        Assert.Contains("digest of the range", refused!.Message, StringComparison.Ordinal);
        Assert.Equal((FindingCodes.CryptoAcceptedByProofOfExistence, FindingSeverity.Info), (saved?.Code, saved?.Severity));
        Assert.Null(policy.Judge("digest of the range", HashAlgorithmName.SHA256, now));
    }

    private static string WritePem(string directory, string name, TestIdentity identity)
    {
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, identity.Certificate.ExportCertificatePem());
        return path;
    }

    private byte[] Sign(string algorithm) => algorithm == "RSA1024"
        ? LegacyCmsSigner.Sign(fixture.Pki.IssueSigner("signer-rsa1024", "Weak Key (TEST)", TestKeyAlgorithm.Rsa1024), _content, "SHA256WITHRSA", fixture.Pki.Chain.Take(1))
        : LegacyCmsSigner.Sign(fixture.Pki.SignerRsa, _content, algorithm, fixture.Pki.Chain.Take(1));

    private SignatureValidationOptions Options(bool offline)
    {
        var options = RevocationFixture.Options(offline: offline);
        options.TrustAnchors.Add(fixture.Pki.Root.Certificate);
        if (offline)
        {
            options.Crls.Add(fixture.Pki.IntermediateCrl);
            options.Crls.Add(fixture.Pki.RootCrl);
        }

        return options;
    }
}
