using Bsre.Sdk.TestUtils;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Ocsp;

namespace Bsre.Sdk.Pdf.Tests.Infrastructure;

/// <summary>Answers OCSP requests for the test PKI with BouncyCastle: leaves via the delegated responder, the intermediate via the root.</summary>
internal sealed class OcspResponder(TestPki pki)
{
    public byte[] Respond(byte[] body)
    {
        var request = new OcspReq(body);
        Req[] items = request.GetRequestList();
        bool byRoot = items.Length > 0 && items[0].GetCertID().MatchesIssuer(pki.Root.BouncyCastleCertificate);
        TestIdentity responder = byRoot ? pki.Root : pki.OcspResponder;
        var generator = new BasicOcspRespGenerator(new RespID(responder.BouncyCastleCertificate.SubjectDN));
        DateTime now = DateTime.UtcNow;
        foreach (Req item in items)
        {
            CertificateID id = item.GetCertID();
            CertificateStatus? status = id.SerialNumber.Equals(pki.SignerRevoked.BouncyCastleCertificate.SerialNumber) && !byRoot
                ? new RevokedStatus(pki.Now.AddHours(-1).UtcDateTime, CrlReason.KeyCompromise)
                : CertificateStatus.Good;
            generator.AddResponse(id, status, now.AddMinutes(-5), now.AddDays(1), null);
        }

        var nonce = request.RequestExtensions?.GetExtension(OcspObjectIdentifiers.PkixOcspNonce);
        if (nonce is not null)
        {
            generator.SetResponseExtensions(new X509Extensions(new Dictionary<Org.BouncyCastle.Asn1.DerObjectIdentifier, X509Extension>
            {
                [OcspObjectIdentifiers.PkixOcspNonce] = nonce,
            }));
        }

        string algorithm = responder.KeyAlgorithm.ToString().StartsWith("Rsa", StringComparison.Ordinal) ? "SHA256WITHRSA" : "SHA256WITHECDSA";
        BasicOcspResp basic = generator.Generate(
            new Asn1SignatureFactory(algorithm, responder.PrivateKey),
            [responder.BouncyCastleCertificate],
            now);
        return new OCSPRespGenerator().Generate(OCSPRespGenerator.Successful, basic).GetEncoded();
    }
}
