using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;
using BcOcspRequest = Org.BouncyCastle.Asn1.Ocsp.OcspRequest;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>An encoded RFC 6960 OCSPRequest for one certificate, and the nonce extension it carries.</summary>
/// <param name="Der">The DER OCSPRequest.</param>
/// <param name="NonceValue">The nonce extension's extnValue (DER OCTET STRING of the random bytes), or <see langword="null"/> without a nonce.</param>
internal sealed record OcspRequest(byte[] Der, byte[]? NonceValue)
{
    /// <summary>Builds an unsigned request for <paramref name="certId"/>, with a fresh 16-byte nonce (RFC 8954) when asked.</summary>
    public static OcspRequest Create(CertID certId, bool useNonce)
    {
        X509Extensions? extensions = null;
        byte[]? nonceValue = null;
        if (useNonce)
        {
            nonceValue = new DerOctetString(RandomNumberGenerator.GetBytes(16)).GetDerEncoded();
            var generator = new X509ExtensionsGenerator();
            generator.AddExtension(OcspObjectIdentifiers.PkixOcspNonce, false, nonceValue);
            extensions = generator.Generate();
        }

        var tbs = new TbsRequest(null, new DerSequence(new Request(certId, null)), extensions);
        return new OcspRequest(new BcOcspRequest(tbs, null).GetDerEncoded(), nonceValue);
    }
}
