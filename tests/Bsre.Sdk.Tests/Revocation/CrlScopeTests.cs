using Bsre.Sdk.Testing;
using Bsre.Sdk.Testing.Revocation;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;
using Org.BouncyCastle.Asn1.X509;
using BcCrlReason = Org.BouncyCastle.Asn1.X509.ReasonFlags;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>The issuingDistributionPoint extension limits what a CRL can say (RFC 5280 §5.2.5, §6.3.3).</summary>
[Collection(RevocationTestGroup.Name)]
public sealed class CrlScopeTests(RevocationFixture fixture)
{
    private TestPki Pki => fixture.Pki;

    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    [Fact]
    public void CA_only_CRL_does_not_cover_an_end_entity()
        => AssertOutOfScope(new IssuingDistributionPoint(null, false, true, null, false, false));

    [Fact]
    public void User_only_CRL_does_not_cover_a_CA()
    {
        byte[] der = new TestCrlBuilder(Pki.Root, Now.AddHours(-1), Now.AddDays(1)).WithScope(new IssuingDistributionPoint(null, true, false, null, false, false)).Build();
        var error = Assert.Throws<RevocationException>(
            () => CrlVerifier.Check(CrlParser.Parse(der), [], Pki.Intermediate.Certificate, Pki.Root.Certificate, Now, new RevocationOptions()));
        Assert.Equal(RevocationFailure.OutOfScope, error.Failure);
    }

    [Fact]
    public void User_only_CRL_covers_an_end_entity()
        => Assert.Equal(RevocationStatus.Good, Check(Crl(new IssuingDistributionPoint(null, true, false, null, false, false))).Status);

    [Fact]
    public void Attribute_certificate_CRL_covers_no_public_key_certificate()
        => AssertOutOfScope(new IssuingDistributionPoint(null, false, true));

    [Fact]
    public void Partial_reasons_CRL_speaks_only_for_its_reasons()
    {
        var scope = new IssuingDistributionPoint(null, false, false, new BcCrlReason(BcCrlReason.KeyCompromise), false, false);
        CrlVerification good = Check(Crl(scope));
        Assert.Equal(RevocationStatus.Good, good.Status);
        Assert.Equal(BcCrlReason.KeyCompromise, good.Reasons);

        byte[] der = new TestCrlBuilder(Pki.Intermediate, Now.AddHours(-1), Now.AddDays(1)).WithScope(scope)
            .Revoke(Pki.SignerRsa.Certificate, Now.AddHours(-2), 1).Build();
        Assert.Equal(RevocationStatus.Revoked, Check(der).Status);
    }

    [Fact]
    public void Distribution_point_name_must_match_the_certificates()
    {
        DistributionPointName Named(Uri url) => new(new GeneralNames(new GeneralName(GeneralName.UniformResourceIdentifier, url.AbsoluteUri)));

        Assert.Equal(RevocationStatus.Good, Check(Crl(new IssuingDistributionPoint(Named(Pki.Urls.IntermediateCrl), false, false, null, false, false))).Status);
        AssertOutOfScope(new IssuingDistributionPoint(Named(new Uri("http://elsewhere.invalid/other.crl")), false, false, null, false, false));
    }

    [Fact]
    public void Indirect_CRL_only_speaks_for_its_own_issuers_certificates()
    {
        byte[] der = new TestCrlBuilder(Pki.Intermediate, Now.AddHours(-1), Now.AddDays(1))
            .WithScope(new IssuingDistributionPoint(null, false, false, null, true, false))
            .Revoke(Pki.SignerRsa.Certificate, Now.AddHours(-2), 1).Build();
        Assert.Equal(RevocationStatus.Revoked, Check(der).Status);
    }

    private byte[] Crl(IssuingDistributionPoint scope)
        => new TestCrlBuilder(Pki.Intermediate, Now.AddHours(-1), Now.AddDays(1)).WithScope(scope).Build();

    private CrlVerification Check(byte[] der)
        => CrlVerifier.Check(CrlParser.Parse(der), [], Pki.SignerRsa.Certificate, fixture.Issuer, Now, new RevocationOptions());

    private void AssertOutOfScope(IssuingDistributionPoint scope)
        => Assert.Equal(RevocationFailure.OutOfScope, Assert.Throws<RevocationException>(() => Check(Crl(scope))).Failure);
}
