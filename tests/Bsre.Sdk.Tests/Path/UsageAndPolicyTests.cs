using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Validation;
using X509KeyUsage = Org.BouncyCastle.Asn1.X509.KeyUsage;

namespace Bsre.Sdk.Tests.PathValidation;

/// <summary>The target's key usage and EKU per usage, and the accepted certificate policy OIDs.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class UsageAndPolicyTests(PkiFixture fixture)
{
    private TestPki Pki => fixture.Pki;

    [Theory]
    [InlineData("signer-rsa", "Signature")]
    [InlineData("tsa", "Timestamping")]
    [InlineData("ocsp", "OcspSigning")]
    [InlineData("tsa", "Any")]
    public async Task Certificate_fit_for_its_usage_passes(string identity, string usage)
    {
        var result = await PathHarness.ValidateAsync(fixture.TrustRoot(), fixture.Identity(identity).Certificate, [Pki.Intermediate.Certificate], Pki.Now, Enum.Parse<CertificateUsage>(usage));

        Assert.True(result.IsValid, PathHarness.Explain(result));
    }

    [Theory]
    [InlineData("tsa", "Signature", "critical extended key usage")]
    [InlineData("signer-rsa", "Timestamping", "id-kp-timeStamping")]
    [InlineData("ocsp", "Timestamping", "id-kp-timeStamping")]
    [InlineData("signer-rsa", "OcspSigning", "id-kp-OCSPSigning")]
    [InlineData("signer-rsa", "CrlSigning", "cRLSign")]
    public async Task Certificate_unfit_for_its_usage_is_CHAIN_CONSTRAINTS_FAILURE(string identity, string usage, string reason)
    {
        var result = await PathHarness.ValidateAsync(fixture.TrustRoot(), fixture.Identity(identity).Certificate, [Pki.Intermediate.Certificate], Pki.Now, Enum.Parse<CertificateUsage>(usage));

        Assert.Equal(SubIndication.ChainConstraintsFailure, result.SubIndication);
        Assert.Contains(reason, result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_certificate_without_digitalSignature_or_nonRepudiation_is_CHAIN_CONSTRAINTS_FAILURE()
    {
        var encipherOnly = PathHarness.IssueLeaf(Pki, new CertificateSpec("CN=Key Encipherment Only (TEST), C=ID") { KeyUsage = X509KeyUsage.KeyEncipherment });

        var result = await PathHarness.ValidateAsync(fixture.TrustRoot(), encipherOnly, [Pki.Intermediate.Certificate], Pki.Now);

        Assert.Equal(SubIndication.ChainConstraintsFailure, result.SubIndication);
        Assert.StartsWith("The signing certificate 'CN=Key Encipherment Only (TEST), C=ID' has a key usage without digitalSignature", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonRepudiation_alone_allows_signing()
    {
        var contentCommitment = PathHarness.IssueLeaf(Pki, new CertificateSpec("CN=Non Repudiation Only (TEST), C=ID") { KeyUsage = X509KeyUsage.NonRepudiation });

        var result = await PathHarness.ValidateAsync(fixture.TrustRoot(), contentCommitment, [Pki.Intermediate.Certificate], Pki.Now);

        Assert.True(result.IsValid, PathHarness.Explain(result));
    }

    [Fact]
    public async Task Accepted_policy_asserted_by_the_signing_certificate_passes()
    {
        var options = fixture.TrustRoot();
        options.AcceptedPolicyOids.Add("1.3.6.1.4.1.99999.1");
        options.AcceptedPolicyOids.Add(TestPki.CertificatePolicyOid);

        var result = await PathHarness.ValidateAsync(options, Pki.SignerRsa.Certificate, [Pki.Intermediate.Certificate], Pki.Now);

        Assert.True(result.IsValid, PathHarness.Explain(result));
    }

    [Theory]
    [InlineData("BSrE CP")]
    [InlineData("2.16.360.01")]
    [InlineData("3.1")]
    [InlineData("2.16.")]
    public void An_accepted_policy_that_is_not_a_dotted_OID_is_refused_naming_it(string value)
    {
        var options = fixture.TrustRoot();
        options.AcceptedPolicyOids.Add(value);

        var e = Assert.Throws<ArgumentException>(() => PolicyInputs.For(options));

        Assert.Contains($"'{value}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Required_policy_absent_is_CHAIN_CONSTRAINTS_FAILURE()
    {
        var options = fixture.TrustRoot();
        options.AcceptedPolicyOids.Add("1.3.6.1.4.1.99999.1");

        var result = await PathHarness.ValidateAsync(options, Pki.SignerRsa.Certificate, [Pki.Intermediate.Certificate], Pki.Now);

        Assert.Equal(SubIndication.ChainConstraintsFailure, result.SubIndication);
        Assert.Contains($"asserts only the certificate policies {TestPki.CertificatePolicyOid}, none of the accepted 1.3.6.1.4.1.99999.1", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepted_policies_do_not_apply_to_TSA_certificates()
    {
        var options = fixture.TrustRoot();
        options.AcceptedPolicyOids.Add("1.3.6.1.4.1.99999.1");

        var result = await PathHarness.ValidateAsync(options, Pki.Tsa.Certificate, [Pki.Intermediate.Certificate], Pki.Now, CertificateUsage.Timestamping);

        Assert.True(result.IsValid, PathHarness.Explain(result));
    }

    [Fact]
    public async Task Explicit_policy_input_rejects_a_path_whose_CAs_assert_no_policy()
    {
        var policies = new PolicyInputs(new HashSet<string> { TestPki.CertificatePolicyOid }, ExplicitPolicyRequired: true);
        var validator = new CertificatePathValidator(fixture.TrustRoot(), null, null, policies, new PathCache());

        var result = await validator.ValidateAsync(
            Pki.SignerRsa.Certificate, [Pki.Intermediate.Certificate], Pki.Now, CertificateUsage.Signature, Bsre.Sdk.Validation.Revocation.RevocationEvidence.Empty, default);

        Assert.Equal(SubIndication.ChainConstraintsFailure, result.SubIndication);
        Assert.Contains("certificate policy", result.Errors[0], StringComparison.Ordinal);
    }
}
