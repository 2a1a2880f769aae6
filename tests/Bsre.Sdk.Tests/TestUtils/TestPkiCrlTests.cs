using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Tests.Fixtures;
using Org.BouncyCastle.X509;

namespace Bsre.Sdk.Tests.TestUtils;

/// <summary>The CRLs of the test PKI and <see cref="TestPki.CreateCrl"/>.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class TestPkiCrlTests(PkiFixture fixture)
{
    private TestPki Pki => fixture.Pki;

    [Fact]
    public void Crls_are_signed_and_list_the_revoked_signer()
    {
        X509Crl crl = new X509CrlParser().ReadCrl(Pki.IntermediateCrl);
        crl.Verify(Pki.Intermediate.BouncyCastleCertificate.GetPublicKey());
        X509CrlEntry entry = Assert.Single(crl.GetRevokedCertificates());
        Assert.Equal(Pki.SignerRevoked.BouncyCastleCertificate.SerialNumber, entry.SerialNumber);
        Assert.Equal(Pki.Now.AddHours(-1).UtcDateTime, entry.RevocationDate, TimeSpan.FromSeconds(1));
        Assert.Equal(Pki.Now.AddHours(-1).UtcDateTime, crl.ThisUpdate, TimeSpan.FromSeconds(1));
        Assert.Equal(Pki.Now.AddDays(7).UtcDateTime, crl.NextUpdate!.Value, TimeSpan.FromSeconds(1));
        Assert.True(crl.IsRevoked(Pki.SignerRevoked.BouncyCastleCertificate));
        Assert.False(crl.IsRevoked(Pki.SignerRsa.BouncyCastleCertificate));

        X509Crl rootCrl = new X509CrlParser().ReadCrl(Pki.RootCrl);
        rootCrl.Verify(Pki.Root.BouncyCastleCertificate.GetPublicKey());
        Assert.Null(rootCrl.GetRevokedCertificates());
    }

    [Fact]
    public void CreateCrl_makes_stale_crls_with_increasing_numbers()
    {
        DateTimeOffset thisUpdate = Pki.Now.AddDays(-30);
        byte[] first = Pki.CreateCrl(
            Pki.Intermediate,
            [new CrlEntry(Pki.SignerEcdsa.Certificate, Pki.Now.AddDays(-31), X509RevocationReason.Superseded),
             new CrlEntry(Pki.SignerRsa.Certificate, Pki.Now.AddDays(-31), X509RevocationReason.Unspecified)],
            thisUpdate,
            Pki.Now.AddDays(-23));
        byte[] second = Pki.CreateCrl(Pki.Intermediate, [], thisUpdate, Pki.Now.AddDays(-23));

        X509Crl crl = new X509CrlParser().ReadCrl(first);
        crl.Verify(Pki.Intermediate.BouncyCastleCertificate.GetPublicKey());
        Assert.Equal(thisUpdate.UtcDateTime, crl.ThisUpdate, TimeSpan.FromSeconds(1));
        Assert.True(crl.NextUpdate < Pki.Now.UtcDateTime);
        Assert.Equal(2, crl.GetRevokedCertificates().Count);
        Assert.True(CrlNumber(second) > CrlNumber(first));
        Assert.Equal(42, CrlNumber(Pki.CreateCrl(Pki.Root, [], thisUpdate, Pki.Now, crlNumber: 42)));
    }

    private static long CrlNumber(byte[] crl)
    {
        var extension = new X509CrlParser().ReadCrl(crl).GetExtensionValue(Org.BouncyCastle.Asn1.X509.X509Extensions.CrlNumber);
        return Org.BouncyCastle.Asn1.DerInteger.GetInstance(extension.GetOctets()).LongValueExact;
    }
}
