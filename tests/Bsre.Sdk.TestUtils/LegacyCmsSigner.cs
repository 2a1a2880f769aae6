using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Testing;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Crypto.Operators;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.TestUtils;

/// <summary>
/// Makes detached CMS signatures with BouncyCastle's generator and any algorithm it knows (SHA1WITHRSA,
/// MD5WITHRSA, ...), which the SDK's signer refuses to make: the inputs of the cryptographic-policy tests.
/// </summary>
public static class LegacyCmsSigner
{
    /// <summary>Signs <paramref name="content"/>, by default with content-type, signing-time and message-digest attributes.</summary>
    /// <param name="identity">The signer (its private key and certificate).</param>
    /// <param name="content">The signed content.</param>
    /// <param name="algorithm">The BouncyCastle signature algorithm name, e.g. <c>SHA1WITHRSA</c>.</param>
    /// <param name="chain">Further certificates to embed (the intermediate).</param>
    /// <param name="encapsulate">Whether the content goes inside the SignedData (as adbe.pkcs7.sha1 wants its digest).</param>
    /// <param name="signedAttributes">Whether to sign attributes; without them the signature is over the content's digest (legacy PKCS#7).</param>
    /// <returns>The DER CMS SignedData.</returns>
    public static byte[] Sign(TestIdentity identity, byte[] content, string algorithm, IEnumerable<X509Certificate2> chain, bool encapsulate = false, bool signedAttributes = true)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var generator = new CmsSignedDataGenerator();
        generator.AddSignerInfoGenerator(new SignerInfoGeneratorBuilder().SetDirectSignature(!signedAttributes).Build(new Asn1SignatureFactory(algorithm, identity.PrivateKey), identity.BouncyCastleCertificate));
        var certificates = new List<BcCertificate> { identity.BouncyCastleCertificate };
        certificates.AddRange(chain.Select(c => new BcCertificate(c.RawData)));
        generator.AddCertificates(Org.BouncyCastle.Utilities.Collections.CollectionUtilities.CreateStore(certificates));
        return generator.Generate(new CmsProcessableByteArray(content), encapsulate).GetEncoded("DER");
    }
}
