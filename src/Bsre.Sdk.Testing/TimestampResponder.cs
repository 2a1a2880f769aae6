using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cmp;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Asn1.Oiw;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.Tsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tsp;
using Org.BouncyCastle.Utilities.Collections;
using BcAttribute = Org.BouncyCastle.Asn1.Cms.Attribute;
using BcAttributeTable = Org.BouncyCastle.Asn1.Cms.AttributeTable;
using BcContentInfo = Org.BouncyCastle.Asn1.Cms.ContentInfo;
using BcX509Certificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Testing;

/// <summary>
/// Turns DER RFC 3161 TimeStampReq bytes into DER TimeStampResp bytes. Tokens are built directly (TSTInfo in a CMS
/// SignedData with an ESS signing-certificate-v2 attribute) rather than with BouncyCastle's TimeStampTokenGenerator,
/// because that generator refuses signers without the timeStamping EKU, which <see cref="TimestampAuthorityBehavior.NotTsaCertificate"/> needs.
/// </summary>
internal sealed class TimestampResponder
{
    private static readonly Dictionary<string, int> AcceptedDigests = new(StringComparer.Ordinal)
    {
        [NistObjectIdentifiers.IdSha256.Id] = 32,
        [NistObjectIdentifiers.IdSha384.Id] = 48,
        [NistObjectIdentifiers.IdSha512.Id] = 64,
    };

    private readonly TestIdentity _tsa;
    private readonly TestIdentity _notTsa;
    private readonly IReadOnlyList<BcX509Certificate> _chain;
    private readonly TimeProvider _timeProvider;
    private readonly DerObjectIdentifier _policy;
    private readonly bool _acceptSha1;
    private long _serialNumber;

    internal TimestampResponder(
        TestIdentity tsa, TestIdentity notTsa, IReadOnlyList<BcX509Certificate> chain, TimeProvider timeProvider, string policyOid, bool acceptSha1 = false)
    {
        _tsa = tsa;
        _notTsa = notTsa;
        _chain = chain;
        _timeProvider = timeProvider;
        _policy = new DerObjectIdentifier(policyOid);
        _acceptSha1 = acceptSha1;
    }

    /// <summary>Answers one request according to <paramref name="behavior"/> (HTTP-level behaviors are the caller's).</summary>
    internal byte[] Respond(byte[] requestBytes, TimestampAuthorityBehavior behavior)
    {
        TimeStampRequest request;
        try
        {
            request = new TimeStampRequest(requestBytes);
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidCastException or InvalidOperationException)
        {
            return Failure(PkiFailureInfo.BadDataFormat, "malformed TimeStampReq");
        }

        if (behavior == TimestampAuthorityBehavior.Rejection)
        {
            return Failure(PkiFailureInfo.BadAlg, "rejected by the test TSA (behavior Rejection)");
        }

        if (!TryDigestLength(request.MessageImprintAlgOid, out int digestLength))
        {
            return Failure(PkiFailureInfo.BadAlg, $"unsupported hash algorithm {request.MessageImprintAlgOid}; use SHA-256, SHA-384 or SHA-512");
        }

        byte[] imprint = request.GetMessageImprintDigest();
        if (imprint.Length != digestLength)
        {
            return Failure(PkiFailureInfo.BadDataFormat, "message imprint length does not match its hash algorithm");
        }

        if (request.ReqPolicy is { } requested && requested != _policy.Id)
        {
            return Failure(PkiFailureInfo.UnacceptedPolicy, $"policy {requested} is not supported; this TSA uses {_policy.Id}");
        }

        BigInteger? nonce = request.Nonce;
        if (behavior == TimestampAuthorityBehavior.WrongNonce)
        {
            nonce = nonce is null ? BigInteger.ValueOf(0x5EED) : nonce.Add(BigInteger.One);
        }

        if (behavior == TimestampAuthorityBehavior.WrongImprint)
        {
            imprint[0] ^= 0xFF;
        }

        TestIdentity signer = behavior == TimestampAuthorityBehavior.NotTsaCertificate ? _notTsa : _tsa;
        var tstInfo = new TstInfo(
            _policy,
            new MessageImprint(new AlgorithmIdentifier(new DerObjectIdentifier(request.MessageImprintAlgOid), DerNull.Instance), imprint),
            new DerInteger(BigInteger.ValueOf(Interlocked.Increment(ref _serialNumber))),
            new Asn1GeneralizedTime(CertificateFactory.TruncateToSeconds(_timeProvider.GetUtcNow())),
            new Accuracy(DerInteger.ValueOf(1), null, null),
            null,
            nonce is null ? null : new DerInteger(nonce),
            new GeneralName(signer.BouncyCastleCertificate.SubjectDN),
            null);

        BcContentInfo token = Sign(tstInfo, signer, request.CertReq);
        return new TimeStampResp(new PkiStatusInfo((int)PkiStatus.Granted), token).GetEncoded(Asn1Encodable.Der);
    }

    /// <summary>The imprint length of an accepted hash algorithm: SHA-2, and SHA-1 when <see cref="TimestampAuthorityOptions.AcceptSha1Imprint"/> is set.</summary>
    private bool TryDigestLength(string oid, out int length)
    {
        if (_acceptSha1 && oid == OiwObjectIdentifiers.IdSha1.Id)
        {
            length = 20;
            return true;
        }

        return AcceptedDigests.TryGetValue(oid, out length);
    }

    private BcContentInfo Sign(TstInfo tstInfo, TestIdentity signer, bool includeCertificates)
    {
        BcX509Certificate certificate = signer.BouncyCastleCertificate;
        var essCertId = new EssCertIDv2(
            DigestUtilities.CalculateDigest(NistObjectIdentifiers.IdSha256, certificate.GetEncoded()),
            new IssuerSerial(new GeneralNames(new GeneralName(certificate.IssuerDN)), new DerInteger(certificate.SerialNumber)));
        var signingCertificate = new BcAttribute(
            PkcsObjectIdentifiers.IdAASigningCertificateV2, new DerSet(new SigningCertificateV2(essCertId)));

        SignerInfoGenerator signerInfo = new SignerInfoGeneratorBuilder()
            .WithSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new BcAttributeTable([signingCertificate])))
            .Build(new Asn1SignatureFactory(KeyPairs.SignatureAlgorithm(signer.PrivateKey), signer.PrivateKey, KeyPairs.Random), certificate);

        var generator = new CmsSignedDataGenerator(KeyPairs.Random);
        generator.AddSignerInfoGenerator(signerInfo);
        if (includeCertificates)
        {
            List<BcX509Certificate> certificates = [certificate, .. _chain.Where(c => !c.Equals(certificate))];
            generator.AddCertificates(CollectionUtilities.CreateStore(certificates));
        }

        CmsSignedData signedData = generator.Generate(
            new CmsProcessableByteArray(PkcsObjectIdentifiers.IdCTTstInfo, tstInfo.GetDerEncoded()), encapsulate: true);
        return signedData.ContentInfo;
    }

    private static byte[] Failure(int failInfo, string text) =>
        new TimeStampResp(
                new PkiStatusInfo((int)PkiStatus.Rejection, new PkiFreeText(text), new PkiFailureInfo(failInfo)),
                null)
            .GetEncoded(Asn1Encodable.Der);
}
