using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Cms;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation.Revocation;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Validation;

/// <summary>Validates one SignerInfo: digest, signature value, certificate binding, timestamps and chain.</summary>
internal sealed class CadesSignerVerifier
{
    private readonly ValidationEngine _engine;
    private readonly SignatureValidationOptions _options;
    private readonly IReadOnlyList<X509Certificate2> _embedded;
    private readonly RevocationEvidence _evidence;
    private readonly TimestampTokenCheck _timestamps;
    private readonly ArchiveTimestampVerifier _archives;

    public CadesSignerVerifier(SignatureValidationOptions options, ValidationEngine engine, IReadOnlyList<X509Certificate2> embedded, RevocationEvidence evidence, SignedDataContents signedData)
    {
        _options = options;
        _engine = engine;
        _embedded = embedded;
        _evidence = evidence;
        _timestamps = new TimestampTokenCheck(engine, [.. embedded, .. options.ExtraCertificates]);
        _archives = new ArchiveTimestampVerifier(signedData, _timestamps);
    }

    /// <summary>Gets whether signed attributes not in DER order are accepted as received (see <see cref="CadesValidator"/>).</summary>
    public bool AcceptSignedAttributesAsReceived { get; init; }

    /// <summary>Gets whether a SignerInfo without signed attributes is verified as legacy PKCS#7 (see <see cref="CadesValidator"/>).</summary>
    public bool AcceptMissingSignedAttributes { get; init; }

    public async Task<SignatureValidationResult> VerifyAsync(string id, SignerInformation signer, IReadOnlyDictionary<string, byte[]>? contentDigests, CancellationToken cancellationToken)
    {
        var result = new ResultBuilder(id) { Format = SignatureFormat.Cades };
        X509Certificate2? certificate = FindCertificate(signer);
        if (certificate is null)
        {
            return result.Fail(ValidationIndication.Indeterminate, SubIndication.NoSigningCertificateFound, FindingCodes.SigningCertificateNotFound, "The signing certificate is neither in the signature nor among the supplied certificates.");
        }

        result.Certificate = certificate;
        var signed = signer.SignedAttributes;
        result.SigningTime = SignerAttributes.SigningTime(signed);
        if (signed is null && AcceptMissingSignedAttributes)
        {
            if (contentDigests is null)
            {
                return result.Fail(ValidationIndication.Indeterminate, SubIndication.SignedDataNotFound, FindingCodes.SignedDataNotFound, "The signature is detached and no content was given to check it against.");
            }

            result.Format = null;
            return await LegacyPkcs7Verifier.VerifyAsync(result, signer, certificate, contentDigests, [.. _embedded, .. _options.ExtraCertificates], _evidence, _engine, cancellationToken).ConfigureAwait(false);
        }

        if (signed is null)
        {
            return result.Fail(ValidationIndication.TotalFailed, SubIndication.FormatFailure, FindingCodes.SignedAttributesMissing, "The signature has no signed attributes, which CAdES requires.");
        }

        if (SignerAttributes.CheckRules(signed, signer.UnsignedAttributes, signer.ContentType) is { } broken)
        {
            return result.Fail(ValidationIndication.TotalFailed, SubIndication.FormatFailure, FindingCodes.SignedAttributesInvalid, broken);
        }

        // format checking precedes cryptographic verification (EN 319 102-1 §5.2.3, §5.2.7): a SignerInfo that breaks
        // the attribute rules fails whether or not the content is at hand
        if (contentDigests is null)
        {
            return result.Fail(ValidationIndication.Indeterminate, SubIndication.SignedDataNotFound, FindingCodes.SignedDataNotFound, "The signature is detached and no content was given to check it against.");
        }

        if (SignerAttributes.MessageDigest(signed) is not { } claimed)
        {
            return result.Fail(ValidationIndication.TotalFailed, SubIndication.FormatFailure, FindingCodes.SignedAttributesInvalid, "The message-digest attribute is not an OCTET STRING.");
        }

        if (!contentDigests.TryGetValue(signer.DigestAlgorithmID.Algorithm.Id, out byte[]? actual))
        {
            return result.Fail(ValidationIndication.Indeterminate, SubIndication.CryptoConstraintsFailureNoPoe, FindingCodes.AlgorithmUnsupported, $"The digest algorithm {signer.DigestAlgorithmID.Algorithm.Id} is not supported (or not among the SignedData digestAlgorithms), so the content cannot be checked.");
        }

        if (!CryptographicOperations.FixedTimeEquals(claimed, actual))
        {
            return result.Fail(ValidationIndication.TotalFailed, SubIndication.HashFailure, FindingCodes.ContentDigestMismatch, "The content does not match the signature: it was changed after signing, or it is not the signed content.");
        }

        if (!VerifySignatureValue(signer, certificate, result, out bool notDer))
        {
            return result.Result;
        }

        if (SignerAttributes.CheckSigningCertificateReference(signed, certificate) is { } mismatch)
        {
            return result.Fail(ValidationIndication.Indeterminate, SubIndication.NoSigningCertificateFound, FindingCodes.SigningCertificateMismatch, mismatch);
        }

        bool baselineAttributes = SignerAttributes.HasSigningCertificateReference(signed) && result.SigningTime is not null;
        bool baselineB = baselineAttributes && !notDer;
        if (!baselineAttributes)
        {
            result.Warn(FindingCodes.NotBaseline, "The signature lacks signing-certificate-v2 or signing-time, so it is not a CAdES baseline signature.");
        }

        X509Certificate2[] candidates = [.. _embedded, .. EmbeddedEvidence.Certificates(signer)];
        RevocationEvidence evidence = _evidence.Concat(EmbeddedEvidence.FromSigner(signer));
        if (!await CheckTimestampAsync(signer, result, candidates, evidence, cancellationToken).ConfigureAwait(false))
        {
            return result.Result;
        }

        (bool archivesIntact, DateTimeOffset? archiveTime) = await _archives.VerifyAsync(signer, contentDigests, result, candidates, evidence, cancellationToken).ConfigureAwait(false);
        if (!archivesIntact)
        {
            return result.Result;
        }

        DateTimeOffset? proven = result.ProvenTime ?? archiveTime;
        result.Judge(_engine.Crypto.Judge("signature", SignatureAlgorithms.DigestsOf(signer), certificate, _engine.Now, proven));
        PathValidationResult path = await _engine.ValidateAsync(certificate, candidates, CertificateUsage.Signature, evidence, proven, result.Findings, cancellationToken).ConfigureAwait(false);
        result.Path(path);
        if (path.IsValid)
        {
            result.Judge(_engine.Crypto.JudgeChain(path.Chain, _engine.Now, proven));
        }

        result.Level = baselineB ? StructuralLevel(signer, result) : null;
        return result.Result;
    }

    /// <summary>The level the signature carries (EN 319 122-1 §4): B-T with a signature timestamp, B-LT with validation data, B-LTA with an archive timestamp.</summary>
    private static SignatureLevel StructuralLevel(SignerInformation signer, ResultBuilder result)
    {
        if (result.TimestampTime is null)
        {
            return SignatureLevel.BaselineB;
        }

        if (!HasLongTermData(signer))
        {
            return SignatureLevel.BaselineT;
        }

        return result.Timestamps.Any(t => t.Kind == TimestampKind.Archive) ? SignatureLevel.BaselineLTA : SignatureLevel.BaselineLT;
    }

    /// <summary>
    /// Verifies the signature value over the signed attributes: their DER encoding (RFC 5652 §5.4), else the encoding
    /// as received, in the received order (what OpenSSL, NSS and iText verify: node-signpdf and other producers do not
    /// sort the SET OF). The received bytes are exactly what is parsed, so accepting them opens no ambiguity; where that
    /// is allowed (the PDF PKCS#7 profile) the signature passes but is not a baseline signature, elsewhere it is
    /// HASH_FAILURE as ETSI requires (docs/validation.md).
    /// </summary>
    private bool VerifySignatureValue(SignerInformation signer, X509Certificate2 certificate, ResultBuilder result, out bool asReceived)
    {
        var info = signer.SignerInfo;
        HashAlgorithms.TryFromOid(info.DigestAlgorithm.Algorithm, out HashAlgorithmName digest);
        asReceived = false;
        try
        {
            byte[] signature = signer.GetSignature();
            byte[] der = signer.GetEncodedSignedAttributes();
            bool valid = SignatureAlgorithms.Verify(info.SignatureAlgorithm, digest, certificate, der, signature);
            if (!valid && info.SignedAttrs.GetEncoded(Asn1Encodable.DL) is { } received && !received.AsSpan().SequenceEqual(der)
                && SignatureAlgorithms.Verify(info.SignatureAlgorithm, digest, certificate, received, signature))
            {
                if (!AcceptSignedAttributesAsReceived)
                {
                    result.Fail(ValidationIndication.TotalFailed, SubIndication.HashFailure, FindingCodes.SignedAttributesNotDer, "The signed attributes are not DER-encoded (not in sorted SET OF order), which CAdES requires (EN 319 122-1, RFC 5652 §5.4): the signature verifies only over them as received.");
                    return false;
                }

                result.Warn(FindingCodes.SignedAttributesNotDer, "The signed attributes are not DER-encoded (not in sorted SET OF order, RFC 5652 §5.4); the signature verifies over them as received, as Acrobat, NSS and OpenSSL verify a PDF PKCS#7 signature, but it is not a baseline signature.");
                valid = asReceived = true;
            }

            if (!valid)
            {
                result.Fail(ValidationIndication.TotalFailed, SubIndication.SigCryptoFailure, FindingCodes.SignatureValueInvalid, "The signature value does not verify with the signing certificate's public key.");
            }

            return valid;
        }
        catch (Exception e) when (e is NotSupportedException or CryptographicException or ArgumentException)
        {
            result.Fail(ValidationIndication.Indeterminate, SubIndication.CryptoConstraintsFailureNoPoe, FindingCodes.AlgorithmUnsupported, $"The signature algorithm cannot be checked: {e.Message}");
            return false;
        }
    }

    /// <summary>Checks the signature-time-stamp; its time is reported whenever the token is readable, and proves existence only when its TSA is trusted.</summary>
    private async Task<bool> CheckTimestampAsync(SignerInformation signer, ResultBuilder result, X509Certificate2[] candidates, RevocationEvidence evidence, CancellationToken cancellationToken)
    {
        if (SignerAttributes.Single(signer.UnsignedAttributes, PkcsObjectIdentifiers.IdAASignatureTimeStampToken) is not { } value)
        {
            return true;
        }

        TimestampToken token;
        try
        {
            token = TimestampToken.Decode(value.ToAsn1Object().GetEncoded(Asn1Encodable.Der));
        }
        catch (DocumentFormatException e)
        {
            result.Warn(FindingCodes.TimestampUnreadable, $"The signature timestamp cannot be read, so it is ignored: {e.Message}");
            return true;
        }

        if (!token.MatchesData(signer.GetSignature()))
        {
            TimestampTokenCheck.Record(result, TimestampKind.Signature, token, null, ValidationIndication.TotalFailed, SubIndication.HashFailure);
            result.Fail(ValidationIndication.TotalFailed, SubIndication.HashFailure, FindingCodes.TimestampImprintMismatch, "The signature timestamp does not cover this signature value.");
            return false;
        }

        result.TimestampTime = token.GenerationTime;
        (bool intact, result.ProvenTime) = await _timestamps.CheckAsync(token, TimestampKind.Signature, result, candidates, evidence, cancellationToken).ConfigureAwait(false);
        return intact;
    }

    private static bool HasLongTermData(SignerInformation signer)
        => SignerAttributes.Single(signer.UnsignedAttributes, PkcsObjectIdentifiers.IdAAEtsCertValues) is not null
        && SignerAttributes.Single(signer.UnsignedAttributes, PkcsObjectIdentifiers.IdAAEtsRevocationValues) is not null;

    private X509Certificate2? FindCertificate(SignerInformation signer)
    {
        var selector = signer.SignerID;
        return _embedded.Concat(_options.ExtraCertificates)
            .FirstOrDefault(c => selector.Match(Certificates.ToBouncyCastle(c)));
    }
}
