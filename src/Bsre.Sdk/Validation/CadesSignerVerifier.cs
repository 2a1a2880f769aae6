using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Cms;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation.Revocation;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Validation;

/// <summary>Validates one SignerInfo: digest, signature value, certificate binding, timestamp and chain.</summary>
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

    public async Task<SignatureValidationResult> VerifyAsync(string id, SignerInformation signer, IReadOnlyDictionary<string, byte[]>? contentDigests, CancellationToken cancellationToken)
    {
        var outcome = new Outcome(id);
        X509Certificate2? certificate = FindCertificate(signer);
        if (certificate is null)
        {
            return outcome.Fail(ValidationIndication.Indeterminate, SubIndication.NoSigningCertificateFound, "The signing certificate is neither in the signature nor among the supplied certificates.");
        }

        outcome.Certificate = certificate;
        var signed = signer.SignedAttributes;
        outcome.SigningTime = SignerAttributes.SigningTime(signed);
        if (contentDigests is null)
        {
            return outcome.Fail(ValidationIndication.Indeterminate, SubIndication.SignedDataNotFound, "The signature is detached and no content was given to check it against.");
        }

        if (signed is null)
        {
            return outcome.Fail(ValidationIndication.TotalFailed, SubIndication.FormatFailure, "The signature has no signed attributes, which CAdES requires.");
        }

        byte[]? claimed = SignerAttributes.MessageDigest(signed);
        if (claimed is null || !SignerAttributes.HasContentType(signed))
        {
            return outcome.Fail(ValidationIndication.TotalFailed, SubIndication.FormatFailure, "The signed attributes lack message-digest or content-type.");
        }

        if (!contentDigests.TryGetValue(signer.DigestAlgorithmID.Algorithm.Id, out byte[]? actual) || !CryptographicOperations.FixedTimeEquals(claimed, actual))
        {
            return outcome.Fail(ValidationIndication.TotalFailed, SubIndication.HashFailure, "The content does not match the signature: it was changed after signing, or it is not the signed content.");
        }

        if (!VerifySignatureValue(signer, certificate, outcome))
        {
            return outcome.Result;
        }

        if (SignerAttributes.CheckSigningCertificateReference(signed, certificate) is { } mismatch)
        {
            return outcome.Fail(ValidationIndication.Indeterminate, SubIndication.NoSigningCertificateFound, mismatch);
        }

        bool baselineB = SignerAttributes.HasSigningCertificateReference(signed) && outcome.SigningTime is not null;
        if (!baselineB)
        {
            outcome.Warnings.Add("The signature lacks signing-certificate-v2 or signing-time, so it is not a CAdES baseline signature.");
        }

        X509Certificate2[] candidates = [.. _embedded, .. EmbeddedEvidence.Certificates(signer)];
        RevocationEvidence evidence = _evidence.Concat(EmbeddedEvidence.FromSigner(signer));
        if (!await CheckTimestampAsync(signer, outcome, candidates, evidence, cancellationToken).ConfigureAwait(false))
        {
            return outcome.Result;
        }

        (bool archivesIntact, DateTimeOffset? archiveTime) = await _archives.VerifyAsync(signer, contentDigests, outcome, candidates, evidence, cancellationToken).ConfigureAwait(false);
        if (!archivesIntact)
        {
            return outcome.Result;
        }

        await CheckChainAsync(certificate, outcome, candidates, evidence, outcome.TimestampTime ?? archiveTime, cancellationToken).ConfigureAwait(false);
        outcome.Level = !baselineB ? null
            : outcome.TimestampTime is null ? "CAdES-BASELINE-B"
            : !HasLongTermData(signer) ? "CAdES-BASELINE-T"
            : archiveTime is null ? "CAdES-BASELINE-LT"
            : "CAdES-BASELINE-LTA";
        return outcome.Result;
    }

    private static bool VerifySignatureValue(SignerInformation signer, X509Certificate2 certificate, Outcome outcome)
    {
        var info = signer.SignerInfo;
        HashAlgorithms.TryFromOid(info.DigestAlgorithm.Algorithm, out HashAlgorithmName digest);
        try
        {
            byte[] signature = signer.GetSignature();
            // Only the DER encoding counts (RFC 5652 §5.4): a signature over another encoding of the same attributes is not accepted.
            bool valid = SignatureAlgorithms.Verify(info.SignatureAlgorithm, digest, certificate, signer.GetEncodedSignedAttributes(), signature);
            if (!valid)
            {
                outcome.Fail(ValidationIndication.TotalFailed, SubIndication.SigCryptoFailure, "The signature value does not verify with the signing certificate's public key.");
            }

            return valid;
        }
        catch (Exception e) when (e is NotSupportedException or CryptographicException or ArgumentException)
        {
            outcome.Fail(ValidationIndication.Indeterminate, SubIndication.CryptoConstraintsFailureNoPoe, $"The signature algorithm cannot be checked: {e.Message}");
            return false;
        }
    }

    private async Task<bool> CheckTimestampAsync(SignerInformation signer, Outcome outcome, X509Certificate2[] candidates, RevocationEvidence evidence, CancellationToken cancellationToken)
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
            outcome.Warnings.Add($"The signature timestamp cannot be read, so it is ignored: {e.Message}");
            return true;
        }

        if (!token.MatchesData(signer.GetSignature()))
        {
            outcome.Fail(ValidationIndication.TotalFailed, SubIndication.HashFailure, "The signature timestamp does not cover this signature value.");
            return false;
        }

        (bool intact, outcome.TimestampTime) = await _timestamps.CheckAsync(token, "signature timestamp", outcome, candidates, evidence, cancellationToken).ConfigureAwait(false);
        return intact;
    }

    private async Task CheckChainAsync(X509Certificate2 certificate, Outcome outcome, X509Certificate2[] candidates, RevocationEvidence evidence, DateTimeOffset? provenTime, CancellationToken cancellationToken)
    {
        PathValidationResult path = await _engine.ValidateAsync(certificate, candidates, CertificateUsage.Signature, evidence, provenTime, outcome.Warnings, cancellationToken).ConfigureAwait(false);
        outcome.Chain = path.Chain;
        if (!path.IsValid)
        {
            outcome.Fail(path.Indication, path.SubIndication!.Value, [.. path.Errors]);
        }
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
