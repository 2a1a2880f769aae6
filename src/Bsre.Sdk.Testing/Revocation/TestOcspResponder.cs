using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Ocsp;
using BcX509Certificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Testing.Revocation;

/// <summary>
/// An in-process RFC 6960 responder for the intermediate CA of a <see cref="TestPki"/>, built on BouncyCastle, whose
/// answers can be bent (<see cref="Options"/>): wrong signer or key, stale or future times, nonce games, error status,
/// garbage. Every certificate is good unless listed in <see cref="Revoke"/> or <see cref="MarkUnknown"/>. TEST ONLY.
/// </summary>
public sealed class TestOcspResponder
{
    private readonly TestPki _pki;
    private readonly ConcurrentDictionary<BigInteger, CertificateStatus> _statuses = new();

    /// <summary>Creates a responder; <see cref="TestPki.SignerRevoked"/> is listed as revoked (keyCompromise, <see cref="TestPki.Now"/> − 1h).</summary>
    public TestOcspResponder(TestPki pki)
    {
        ArgumentNullException.ThrowIfNull(pki);
        _pki = pki;
        Revoke(pki.SignerRevoked.Certificate, pki.Now.AddHours(-1), CrlReason.KeyCompromise);
    }

    /// <summary>Gets or sets how the responder answers.</summary>
    public TestOcspResponderOptions Options { get; set; } = new();

    /// <summary>Lists a certificate as revoked at <paramref name="revokedAt"/>, with a CRLReason code or none (−1).</summary>
    public void Revoke(X509Certificate2 certificate, DateTimeOffset revokedAt, int reason)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        DateTime at = CertificateFactory.TruncateToSeconds(revokedAt);
        _statuses[Serial(certificate)] = reason < 0 ? new RevokedStatus(at) : new RevokedStatus(at, reason);
    }

    /// <summary>Makes the responder answer "unknown" for a certificate.</summary>
    public void MarkUnknown(X509Certificate2 certificate) => _statuses[Serial(certificate)] = new UnknownStatus();

    /// <summary>Answers a DER OCSPRequest with a DER OCSPResponse.</summary>
    public byte[] Respond(byte[] request)
    {
        if (Options.RawResponse is { } raw)
        {
            return raw;
        }

        var parsed = new OcspReq(request);
        byte[]? nonce = parsed.RequestExtensions?.GetExtensionValue(OcspObjectIdentifiers.PkixOcspNonce)?.GetOctets();
        return Build(parsed.GetRequestList().Select(r => r.GetCertID()).ToList(), nonce);
    }

    /// <summary>Creates a response about <paramref name="certificate"/> without a request (for embedded evidence and benchmarks).</summary>
    public byte[] CreateResponse(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return Build([new CertificateID(CertificateID.DigestSha1, _pki.Intermediate.BouncyCastleCertificate, Serial(certificate))], nonce: null);
    }

    private byte[] Build(List<CertificateID> ids, byte[]? nonce)
    {
        TestOcspResponderOptions options = Options;
        if (options.ResponseStatus != 0)
        {
            return new OcspResponse(new OcspResponseStatus(options.ResponseStatus), null).GetDerEncoded();
        }

        TestIdentity signer = options.Signer ?? _pki.OcspResponder;
        var generator = options.ResponderIdByName
            ? new BasicOcspRespGenerator(new RespID(signer.BouncyCastleCertificate.SubjectDN))
            : new BasicOcspRespGenerator(signer.BouncyCastleCertificate.GetPublicKey());
        DateTimeOffset now = options.Now ?? DateTimeOffset.UtcNow;
        DateTime thisUpdate = CertificateFactory.TruncateToSeconds(now + options.ThisUpdateOffset);
        DateTime? nextUpdate = options.NextUpdateOffset is { } next ? CertificateFactory.TruncateToSeconds(now + next) : null;
        foreach (CertificateID id in ids)
        {
            CertificateStatus status = _statuses.TryGetValue(id.SerialNumber, out CertificateStatus? listed) ? listed : CertificateStatus.Good;
            generator.AddResponse(id, status, thisUpdate, nextUpdate, null);
        }

        byte[]? echoed = options.Nonce switch
        {
            OcspNonceBehavior.Echo => nonce,
            OcspNonceBehavior.Wrong => new DerOctetString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).GetDerEncoded(),
            _ => null,
        };
        if (echoed is not null)
        {
            var extensions = new X509ExtensionsGenerator();
            extensions.AddExtension(OcspObjectIdentifiers.PkixOcspNonce, false, echoed);
            generator.SetResponseExtensions(extensions.Generate());
        }

        var key = options.SigningKeyOverride ?? signer.PrivateKey;
        BcX509Certificate[] chain = [.. options.Certificates ?? (signer == _pki.Intermediate ? [] : [signer.BouncyCastleCertificate])];
        BasicOcspResp basic = generator.Generate(
            new Asn1SignatureFactory(options.SignatureAlgorithm ?? KeyPairs.SignatureAlgorithm(key), key, KeyPairs.Random), chain, CertificateFactory.TruncateToSeconds(now));
        return new OcspResponse(
            new OcspResponseStatus(OcspResponseStatus.Successful),
            new ResponseBytes(OcspObjectIdentifiers.PkixOcspBasic, new DerOctetString(basic.GetEncoded()))).GetDerEncoded();
    }

    private static BigInteger Serial(X509Certificate2 certificate) => new(1, certificate.SerialNumberBytes.ToArray());
}
