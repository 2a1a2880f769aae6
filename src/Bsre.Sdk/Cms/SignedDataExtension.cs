using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Cms;
using Attribute = Org.BouncyCastle.Asn1.Cms.Attribute;
using AttributeTable = Org.BouncyCastle.Asn1.Cms.AttributeTable;
using SignerInfo = Org.BouncyCastle.Asn1.Cms.SignerInfo;

namespace Bsre.Sdk.Cms;

/// <summary>
/// Raises every SignerInfo of a SignedData to a CAdES level: a signature timestamp (B-T), certificate
/// and revocation values (B-LT), an archive-time-stamp-v3 (B-LTA; a further one renews an earlier one,
/// after the earlier one's TSA validation data is added to the SignedData).
/// </summary>
internal sealed class SignedDataExtension(SignatureLevel level, TimestampClient? timestampClient, ValidationDataCollector collector)
{
    public async Task ExtendAsync(SignedDataParts parts, IReadOnlyDictionary<string, byte[]> contentDigests, CancellationToken cancellationToken)
    {
        X509Certificate2[] pool = [.. parts.Certificates.Select(c => Certificates.Load(c.GetEncoded(Asn1Encodable.Der)))];
        for (int i = 0; i < parts.SignerInfos.Count; i++)
        {
            SignerID id = parts.SignerIds[i];
            parts.SignerInfos[i] = await RaiseAsync(parts.SignerInfos[i], () => SignerPath(id, pool), cancellationToken).ConfigureAwait(false);
        }

        if (level != SignatureLevel.BaselineLTA)
        {
            return;
        }

        await AddArchiveTimestampDataAsync(parts, cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < parts.SignerInfos.Count; i++)
        {
            SignerInfo info = parts.SignerInfos[i];
            HashAlgorithmName hash = DigestAlgorithm(info);
            byte[] digest = contentDigests.TryGetValue(info.DigestAlgorithm.Algorithm.Id, out byte[]? d) ? d
                : throw new DocumentFormatException($"A SignerInfo's digest algorithm {info.DigestAlgorithm.Algorithm.Id} is not a supported one listed in the SignedData's digestAlgorithms.");
            parts.SignerInfos[i] = await ArchiveTimestamper.AddAsync(info, parts.Contents(), digest, hash, timestampClient!, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Adds to one SignerInfo what the level asks for and it lacks: a signature timestamp, then certificate and
    /// revocation values of <paramref name="signerPath"/> (asked for only then) and the timestamp's path. The
    /// archive timestamp of B-LTA is not added here: it must come last, over the whole SignedData.
    /// </summary>
    public async Task<SignerInfo> RaiseAsync(SignerInfo info, Func<IReadOnlyList<X509Certificate2>> signerPath, CancellationToken cancellationToken)
    {
        var attributes = new AttributeTable(info.UnsignedAttrs ?? new DerSet());
        if (attributes[PkcsObjectIdentifiers.IdAASignatureTimeStampToken] is null)
        {
            HashAlgorithmName hash = DigestAlgorithm(info);
            TimestampClient client = timestampClient ?? throw new InvalidOperationException("The signature has no signature timestamp: set CadesExtensionOptions.TimestampClient to add one.");
            TimestampToken token = await client.RequestAsync(HashAlgorithms.Hash(hash, info.Signature.GetOctets()), hash, cancellationToken).ConfigureAwait(false);
            attributes = attributes.Add(PkcsObjectIdentifiers.IdAASignatureTimeStampToken, Asn1Object.FromByteArray(token.RawData.ToArray()));
        }

        bool hasCertificates = attributes[PkcsObjectIdentifiers.IdAAEtsCertValues] is not null;
        if (level >= SignatureLevel.BaselineLT && hasCertificates != (attributes[PkcsObjectIdentifiers.IdAAEtsRevocationValues] is not null))
        {
            throw new DocumentFormatException("The signature has only one of certificate-values and revocation-values, so it cannot be extended to B-LT.");
        }

        if (level >= SignatureLevel.BaselineLT && !hasCertificates)
        {
            IReadOnlyList<X509Certificate2>[] paths = [signerPath(), .. TokenPaths(attributes, PkcsObjectIdentifiers.IdAASignatureTimeStampToken)];
            ValidationData data = await collector.CollectAsync(paths, cancellationToken: cancellationToken).ConfigureAwait(false);
            attributes = attributes.Add(PkcsObjectIdentifiers.IdAAEtsCertValues, CmsAttributeFactory.CertificateValues(data.Certificates).AttrValues[0]);
            attributes = attributes.Add(PkcsObjectIdentifiers.IdAAEtsRevocationValues, CmsAttributeFactory.RevocationValues(data).AttrValues[0]);
        }

        return new SignerInfo(info.SignerID, info.DigestAlgorithm, info.SignedAttrs, info.SignatureAlgorithm, info.Signature, new DerSet(attributes.ToAsn1EncodableVector()));
    }

    /// <summary>Before renewing, adds the validation data of the earlier archive timestamps' TSAs to the SignedData, where the new one covers it.</summary>
    private async Task AddArchiveTimestampDataAsync(SignedDataParts parts, CancellationToken cancellationToken)
    {
        IReadOnlyList<X509Certificate2>[] paths = [.. parts.SignerInfos.SelectMany(i => TokenPaths(new AttributeTable(i.UnsignedAttrs ?? new DerSet()), ArchiveTimestampV3.AttributeOid))];
        if (paths.Length == 0)
        {
            return;
        }

        ValidationData data = await collector.CollectAsync(paths, cancellationToken: cancellationToken).ConfigureAwait(false);
        AddNew(parts.Certificates, data.Certificates.Select(c => (Asn1Encodable)X509CertificateStructure.GetInstance(c.RawData)));
        AddNew(parts.RevocationEntries, data.Crls.Select(c => (Asn1Encodable)CertificateList.GetInstance(c)));
        AddNew(parts.RevocationEntries, data.OcspResponses.Select(r => EmbeddedEvidence.OcspEntry(Asn1Object.FromByteArray(r))));
    }

    private static IReadOnlyList<X509Certificate2> SignerPath(SignerID id, X509Certificate2[] pool)
    {
        X509Certificate2 signing = pool.FirstOrDefault(c => id.Match(Certificates.ToBouncyCastle(c)))
            ?? throw new DocumentFormatException("The signing certificate is not in the signature, so its validation data cannot be collected.");
        return [signing, .. new SignerCertificates(signing, pool).Chain];
    }

    private static IEnumerable<IReadOnlyList<X509Certificate2>> TokenPaths(AttributeTable attributes, DerObjectIdentifier type)
        => attributes.GetAll(type).Cast<Attribute>()
            .SelectMany(a => a.AttrValues.Cast<Asn1Encodable>())
            .Select(v => TokenPath(TimestampToken.Decode(v.ToAsn1Object().GetEncoded(Asn1Encodable.Der))));

    private static IReadOnlyList<X509Certificate2> TokenPath(TimestampToken token)
    {
        try
        {
            return Paths.Of(token);
        }
        catch (TimestampException e)
        {
            throw new DocumentFormatException($"A timestamp in the signature cannot be extended: {e.Message}", e);
        }
    }

    private static HashAlgorithmName DigestAlgorithm(SignerInfo info)
        => HashAlgorithms.TryFromOid(info.DigestAlgorithm.Algorithm, out HashAlgorithmName name) ? name
            : throw new DocumentFormatException($"A SignerInfo's digest algorithm {info.DigestAlgorithm.Algorithm.Id} is not supported.");

    private static void AddNew(List<Asn1Encodable> target, IEnumerable<Asn1Encodable> items)
    {
        foreach (Asn1Encodable item in items)
        {
            if (!target.Any(t => t.Equals(item)))
            {
                target.Add(item);
            }
        }
    }
}
