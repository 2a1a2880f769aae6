using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Tests.PathValidation;

/// <summary>Path building: chaining, alternatives, cross certificates, validity, signatures and CA constraints.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class PathBuildingTests(PkiFixture fixture)
{
    private TestPki Pki => fixture.Pki;

    [Fact]
    public async Task Signer_with_its_intermediate_passes_with_the_whole_chain()
    {
        var result = await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerRsa.Certificate, [Pki.Intermediate.Certificate], Pki.Now);

        Assert.True(result.IsValid, PathHarness.Explain(result));
        Assert.Equal([Pki.SignerRsa.Certificate, Pki.Intermediate.Certificate, Pki.Root.Certificate], result.Chain.Select(c => c.Certificate));
        Assert.All(result.Chain, c => Assert.Equal(RevocationStatus.Unchecked, c.Revocation.Status));
    }

    [Fact]
    public async Task Intermediate_from_the_options_extra_certificates_is_used()
    {
        var options = fixture.TrustRoot();
        options.ExtraCertificates.Add(Pki.Intermediate.Certificate);

        var result = await PathHarness.ValidateAsync(options, Pki.SignerEcdsa.Certificate, [], Pki.Now);

        Assert.True(result.IsValid, PathHarness.Explain(result));
    }

    [Fact]
    public async Task Missing_intermediate_is_NO_CERTIFICATE_CHAIN_FOUND_naming_the_missing_issuer()
    {
        var result = await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerRsa.Certificate, [], Pki.Now);

        Assert.Equal(SubIndication.NoCertificateChainFound, result.SubIndication);
        Assert.Contains("BSRE CA DS G1 (TEST)", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Untrusted_root_with_the_same_name_is_NO_CERTIFICATE_CHAIN_FOUND()
    {
        var result = await PathHarness.ValidateAsync(
            PkiFixture.Trust(fixture.OtherPki.Root), Pki.SignerRsa.Certificate, [Pki.Intermediate.Certificate, Pki.Root.Certificate], Pki.Now);

        Assert.Equal(SubIndication.NoCertificateChainFound, result.SubIndication);
        Assert.Contains("trust anchor", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_signing_certificate_is_OUT_OF_BOUNDS_NO_POE()
    {
        var result = await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerExpired.Certificate, [Pki.Intermediate.Certificate], Pki.Now);

        Assert.Equal(ValidationIndication.Indeterminate, result.Indication);
        Assert.Equal(SubIndication.OutOfBoundsNoPoe, result.SubIndication);
        Assert.StartsWith($"The signing certificate '{Pki.SignerExpired.Subject}' expired ", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validity_is_judged_at_the_given_time()
    {
        var late = Pki.SignerRsa.Certificate.NotAfter.AddDays(1);

        var now = await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerRsa.Certificate, [Pki.Intermediate.Certificate], Pki.Now);
        var after = await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerRsa.Certificate, [Pki.Intermediate.Certificate], late);

        Assert.True(now.IsValid, PathHarness.Explain(now));
        Assert.Equal(SubIndication.OutOfBoundsNoPoe, after.SubIndication);
    }

    [Fact]
    public async Task Expired_intermediate_is_OUT_OF_BOUNDS_NO_POE_naming_it()
    {
        var expired = PathHarness.ReissueIntermediate(Pki, Pki.Now.AddYears(-3), Pki.Now.AddYears(-2));

        var result = await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerRsa.Certificate, [expired], Pki.Now);

        Assert.Equal(SubIndication.OutOfBoundsNoPoe, result.SubIndication);
        Assert.StartsWith($"The intermediate certificate '{Pki.Intermediate.Subject}' expired ", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_building_tries_the_next_issuer_when_the_first_is_expired()
    {
        var expired = PathHarness.ReissueIntermediate(Pki, Pki.Now.AddYears(-3), Pki.Now.AddYears(-2));

        var result = await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerRsa.Certificate, [expired, Pki.Intermediate.Certificate], Pki.Now);

        Assert.True(result.IsValid, PathHarness.Explain(result));
        Assert.Equal(Pki.Intermediate.Certificate, result.Chain[1].Certificate);
    }

    [Fact]
    public async Task Cross_certificate_leads_to_another_trusted_root()
    {
        var crossKeys = TestCertificates.NewKeys();
        var crossRoot = TestCertificates.Issue(new CertificateSpec("CN=Cross Root (TEST), O=Test, C=ID") { CaPathLength = -1, KeyUsage = CertificateSpec.CaKeyUsage }, crossKeys.Public, null, crossKeys.Private);
        var cross = TestCertificates.Issue(
            new CertificateSpec(Pki.Intermediate.BouncyCastleCertificate.SubjectDN) { CaPathLength = 0, KeyUsage = CertificateSpec.CaKeyUsage },
            Pki.Intermediate.BouncyCastleCertificate.GetPublicKey(),
            crossRoot,
            crossKeys.Private);
        var options = new SignatureValidationOptions { Offline = true };
        options.TrustAnchors.Add(TestCertificates.ToBcl(crossRoot));

        var result = await PathHarness.ValidateAsync(
            options, Pki.SignerRsa.Certificate, [Pki.Intermediate.Certificate, Pki.Root.Certificate, TestCertificates.ToBcl(cross)], Pki.Now);

        Assert.True(result.IsValid, PathHarness.Explain(result));
        Assert.Equal(["CN=Cross Root (TEST), O=Test, C=ID"], result.Chain.Skip(2).Select(c => c.Subject));
    }

    [Fact]
    public async Task Forged_intermediate_signature_is_CERTIFICATE_CHAIN_GENERAL_FAILURE()
    {
        var forged = TestCertificates.Issue(
            new CertificateSpec(Pki.Intermediate.BouncyCastleCertificate.SubjectDN) { CaPathLength = 0, KeyUsage = CertificateSpec.CaKeyUsage },
            Pki.Intermediate.BouncyCastleCertificate.GetPublicKey(),
            Pki.Root.BouncyCastleCertificate,
            TestCertificates.NewKeys().Private);

        var result = await PathHarness.ValidateAsync(fixture.TrustRoot(), Pki.SignerRsa.Certificate, [TestCertificates.ToBcl(forged)], Pki.Now);

        Assert.Equal(SubIndication.CertificateChainGeneralFailure, result.SubIndication);
        Assert.Contains("signature of the intermediate certificate", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task End_entity_certificate_as_issuer_is_CHAIN_CONSTRAINTS_FAILURE()
    {
        var leaf = PathHarness.IssueLeafBc(Pki.SignerRsa.BouncyCastleCertificate, Pki.SignerRsa.PrivateKey, new CertificateSpec("CN=Issued by a leaf, C=ID"));

        var result = await PathHarness.ValidateAsync(
            fixture.TrustRoot(), TestCertificates.ToBcl(leaf), [Pki.SignerRsa.Certificate, Pki.Intermediate.Certificate], Pki.Now, CertificateUsage.Any);

        Assert.Equal(SubIndication.ChainConstraintsFailure, result.SubIndication);
        Assert.Contains($"'{Pki.SignerRsa.Subject}'", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_longer_than_the_intermediate_path_length_is_CHAIN_CONSTRAINTS_FAILURE()
    {
        var subCaKeys = TestCertificates.NewKeys();
        var subCa = TestCertificates.Issue(
            new CertificateSpec("CN=Sub CA (TEST), C=ID") { CaPathLength = -1, KeyUsage = CertificateSpec.CaKeyUsage },
            subCaKeys.Public,
            Pki.Intermediate.BouncyCastleCertificate,
            Pki.Intermediate.PrivateKey);
        var leaf = PathHarness.IssueLeafBc(subCa, subCaKeys.Private, new CertificateSpec("CN=Too Deep (TEST), C=ID"));

        var result = await PathHarness.ValidateAsync(
            fixture.TrustRoot(), TestCertificates.ToBcl(leaf), [TestCertificates.ToBcl(subCa), Pki.Intermediate.Certificate], Pki.Now);

        Assert.Equal(SubIndication.ChainConstraintsFailure, result.SubIndication);
        Assert.Contains("Sub CA (TEST)", result.Errors[0], StringComparison.Ordinal);
    }
}
