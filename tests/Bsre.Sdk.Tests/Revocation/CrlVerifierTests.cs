using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Testing.Revocation;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Tests.Revocation;

[Collection(RevocationTestGroup.Name)]
public sealed class CrlVerifierTests(RevocationFixture fixture)
{
    private TestPki Pki => fixture.Pki;

    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    [Fact]
    public void The_PKIs_CRL_shows_good_and_revoked_with_reason_and_time()
    {
        ParsedCrl crl = CrlParser.Parse(Pki.IntermediateCrl);

        Assert.Equal(RevocationStatus.Good, Check(crl, Pki.SignerRsa.Certificate).Status);
        CrlVerification revoked = Check(crl, Pki.SignerRevoked.Certificate);
        Assert.Equal(RevocationStatus.Revoked, revoked.Status);
        Assert.Equal("keyCompromise", revoked.Reason);
        Assert.Equal(Pki.Now.AddHours(-1).ToUnixTimeSeconds(), revoked.RevokedAt!.Value.ToUnixTimeSeconds());
    }

    [Fact]
    public void Parsed_CRL_exposes_its_fields()
    {
        ParsedCrl crl = CrlParser.Parse(Pki.IntermediateCrl);

        Assert.Equal(1, crl.Count);
        Assert.Equal(Pki.Intermediate.Certificate.SubjectName.RawData, crl.Issuer);
        Assert.NotNull(crl.CrlNumber);
        Assert.False(crl.IsDelta);
        Assert.Null(crl.Scope);
        Assert.True(crl.TryFind(Pki.SignerRevoked.Certificate.SerialNumberBytes.Span, out RevokedCertificate entry));
        Assert.Equal(1, entry.ReasonCode);
    }

    [Fact]
    public void Revocation_without_a_reason_code_and_certificateHold_are_revoked()
    {
        byte[] der = Builder().Revoke(Pki.SignerRsa.Certificate, Now.AddDays(-1)).Revoke(Pki.SignerEcdsa.Certificate, Now.AddDays(-1), 6).Build();
        ParsedCrl crl = CrlParser.Parse(der);

        CrlVerification plain = Check(crl, Pki.SignerRsa.Certificate);
        Assert.Equal(RevocationStatus.Revoked, plain.Status);
        Assert.Null(plain.Reason);
        Assert.Equal("certificateHold", Check(crl, Pki.SignerEcdsa.Certificate).Reason);
    }

    [Fact]
    public void Expired_CRL_is_rejected()
        => AssertFails(RevocationFailure.NotFresh, new TestCrlBuilder(Pki.Intermediate, Now.AddDays(-10), Now.AddDays(-3)).Build());

    [Fact]
    public void CRL_from_the_future_is_rejected()
        => AssertFails(RevocationFailure.NotFresh, new TestCrlBuilder(Pki.Intermediate, Now.AddHours(2), Now.AddDays(3)).Build());

    [Fact]
    public void CRL_without_nextUpdate_is_fresh_only_within_the_maximum_age()
    {
        Assert.Equal(RevocationStatus.Good, Check(CrlParser.Parse(new TestCrlBuilder(Pki.Intermediate, Now.AddHours(-1), null).Build()), Pki.SignerRsa.Certificate).Status);
        AssertFails(RevocationFailure.NotFresh, new TestCrlBuilder(Pki.Intermediate, Now.AddDays(-2), null).Build());
    }

    [Fact]
    public void CRL_signed_by_the_wrong_key_is_rejected()
        => AssertFails(RevocationFailure.BadSignature, Builder().SignWith(Pki.SignerRsa.PrivateKey).Build());

    [Fact]
    public void CRL_of_another_issuer_is_not_used()
        => AssertFails(RevocationFailure.NotForCertificate, new TestCrlBuilder(Pki.Root, Now.AddHours(-1), Now.AddDays(1)).Build());

    [Fact]
    public void CRL_issuer_without_cRLSign_is_rejected()
    {
        ParsedCrl crl = CrlParser.Parse(new TestCrlBuilder(Pki.SignerRsa, Now.AddHours(-1), Now.AddDays(1)).Build());
        var error = Assert.Throws<RevocationException>(() => CrlVerifier.VerifyIssuer(crl, Pki.SignerRsa.Certificate));
        Assert.Equal(RevocationFailure.UnauthorizedSigner, error.Failure);
    }

    [Fact]
    public void Unknown_critical_CRL_extension_is_unsupported()
        => AssertFails(RevocationFailure.Unsupported, Builder().WithExtension("1.2.3.4.5", critical: true, Org.BouncyCastle.Asn1.DerNull.Instance).Build());

    [Fact]
    public void Lookup_in_a_large_CRL_finds_exactly_the_listed_serials()
    {
        TestCrlBuilder builder = Builder();
        var serials = Enumerable.Range(1, 20_000).Select(i => Org.BouncyCastle.Math.BigInteger.ValueOf(i * 7919L)).ToList();
        foreach (var serial in serials)
        {
            builder.Revoke(serial, Now.AddDays(-1), 4);
        }

        ParsedCrl crl = CrlParser.Parse(builder.Build());

        Assert.Equal(serials.Count, crl.Count);
        Assert.All(serials.Take(500), s => Assert.True(crl.TryFind(s.ToByteArray(), out _)));
        Assert.False(crl.TryFind(Org.BouncyCastle.Math.BigInteger.ValueOf(7920).ToByteArray(), out _));
        Assert.True(crl.TryFind([0x00, .. serials[0].ToByteArray()], out _), "leading zero bytes are ignored");
    }

    private TestCrlBuilder Builder() => new(Pki.Intermediate, Now.AddHours(-1), Now.AddDays(1), number: 10);

    private CrlVerification Check(ParsedCrl crl, X509Certificate2 certificate)
        => CrlVerifier.Check(crl, [], certificate, fixture.Issuer, Now, new RevocationOptions());

    private void AssertFails(RevocationFailure failure, byte[] der)
    {
        var error = Assert.Throws<RevocationException>(() => Check(CrlParser.Parse(der), Pki.SignerRsa.Certificate));
        Assert.Equal(failure, error.Failure);
    }
}
