using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Cms;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation.Revocation;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Cms;
using Attribute = Org.BouncyCastle.Asn1.Cms.Attribute;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Checks a SignerInfo's CAdES archive-time-stamp-v3 attributes (B-LTA): each token's
/// ats-hash-index-v3 must still find what it lists, its imprint must match the signature as it
/// stands, and its TSA must be trusted for its time to count as proof of existence. An archive timestamp
/// whose hash index is malformed or lists what is no longer there is invalid and not used (EN 319 102-1
/// §5.6.2.3: a failed timestamp gives no proof of existence); the signature is judged without it.
/// </summary>
internal sealed class ArchiveTimestampVerifier(SignedDataContents signedData, TimestampTokenCheck timestamps)
{
    /// <summary>Checks every archive timestamp of <paramref name="signer"/>.</summary>
    /// <returns>Whether none failed, and the earliest time a trusted one proves.</returns>
    public async Task<(bool Intact, DateTimeOffset? ProvenTime)> VerifyAsync(
        SignerInformation signer, IReadOnlyDictionary<string, byte[]> contentDigests, ResultBuilder outcome, IReadOnlyCollection<X509Certificate2> candidates, RevocationEvidence evidence, CancellationToken cancellationToken)
    {
        DateTimeOffset? proven = null;
        foreach (Asn1Encodable value in Values(signer))
        {
            TimestampToken token;
            try
            {
                token = TimestampToken.Decode(value.ToAsn1Object().GetEncoded(Asn1Encodable.Der));
            }
            catch (DocumentFormatException e)
            {
                outcome.Warn(FindingCodes.TimestampUnreadable, $"An archive timestamp cannot be read, so it is ignored: {e.Message}");
                continue;
            }

            if (Imprint(signer, token, contentDigests, outcome) is not { } input)
            {
                continue;
            }

            if (!token.MatchesData(input))
            {
                TimestampTokenCheck.Record(outcome, TimestampKind.Archive, token, null, ValidationIndication.TotalFailed, SubIndication.HashFailure);
                outcome.Fail(ValidationIndication.TotalFailed, SubIndication.HashFailure, FindingCodes.TimestampImprintMismatch, "The archive timestamp does not match the signature: the signature or the data the timestamp covers was changed.");
                return (false, null);
            }

            (bool intact, DateTimeOffset? time) = await timestamps.CheckAsync(token, TimestampKind.Archive, outcome, candidates, evidence, cancellationToken).ConfigureAwait(false);
            if (!intact)
            {
                return (false, null);
            }

            proven = time is { } t && (proven is null || t < proven) ? t : proven;
        }

        return (true, proven);
    }

    private static IEnumerable<Asn1Encodable> Values(SignerInformation signer)
        => signer.UnsignedAttributes?.GetAll(ArchiveTimestampV3.AttributeOid).Cast<Attribute>().SelectMany(a => a.AttrValues.Cast<Asn1Encodable>()) ?? [];

    /// <summary>The imprint input, or <see langword="null"/> (with a warning or a failure recorded) when it cannot be built.</summary>
    private byte[]? Imprint(SignerInformation signer, TimestampToken token, IReadOnlyDictionary<string, byte[]> contentDigests, ResultBuilder outcome)
    {
        bool legacy = token.UnsignedAttributes?[ArchiveTimestampV3.HashIndexOid] is null;
        var index = token.UnsignedAttributes?[legacy ? ArchiveTimestampV3.LegacyHashIndexOid : ArchiveTimestampV3.HashIndexOid];
        if (index?.AttrValues[0] is not { } indexValue)
        {
            outcome.Warn(FindingCodes.ArchiveTimestampUnchecked, "An archive timestamp has no ats-hash-index (an archive-time-stamp v2 or older), so it is not checked and not used.");
            return null;
        }

        if (!ArchiveTimestampV3.TryDecode(indexValue, out HashAlgorithmName hash, out HashIndexEntries? listed))
        {
            return Invalid(outcome, token, SubIndication.FormatFailure, "An archive timestamp's ats-hash-index is malformed, so the timestamp is invalid and not used.");
        }

        if (hash != token.HashAlgorithm)
        {
            return Invalid(outcome, token, SubIndication.FormatFailure, $"An archive timestamp's hash index uses {hash.Name} but its imprint {token.HashAlgorithm.Name}; they must be the same, so the timestamp is invalid and not used.");
        }

        var present = ArchiveTimestampV3.Entries(hash, signedData.Certificates, signedData.RevocationEntries, signer.SignerInfo.UnsignedAttrs, legacy);
        if (!listed.AreAllIn(present))
        {
            return Invalid(outcome, token, SubIndication.HashFailure, "An archive timestamp covers certificates, revocation data or attributes that were since changed or removed, so it is invalid and not used.");
        }

        if (!contentDigests.TryGetValue(HashAlgorithms.OidOf(hash), out byte[]? contentDigest))
        {
            outcome.Warn(FindingCodes.ArchiveTimestampUnchecked, $"An archive timestamp uses {hash.Name}, which the signature's digest algorithms do not list, so it is not checked and not used.");
            return null;
        }

        return ArchiveTimestampV3.ImprintInput(signedData.ContentType, contentDigest, signer.SignerInfo, indexValue);
    }

    private static byte[]? Invalid(ResultBuilder outcome, TimestampToken token, SubIndication subIndication, string message)
    {
        TimestampTokenCheck.Record(outcome, TimestampKind.Archive, token, null, ValidationIndication.TotalFailed, subIndication);
        outcome.Warn(FindingCodes.ArchiveTimestampInvalid, message);
        return null;
    }
}
