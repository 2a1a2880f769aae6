using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Validation.Revocation;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Cms;

/// <summary>
/// What validation reads from a SignedData once its content has been read (streamed or in memory): the digest
/// algorithms, the embedded certificates and revocation data, the parts an archive timestamp covers, and the
/// SignerInfos decoded eagerly (<see cref="CmsInput.Decoded"/>). Immutable once read, so one decoding serves any number
/// of validations (now, and at a time a timestamp proves).
/// </summary>
internal sealed class DecodedSignedData
{
    private DecodedSignedData(CmsSignedDataParser parser)
    {
        DigestAlgorithms = DigestAlgorithmsOf(parser);
        Certificates = [.. parser.GetCertificates().EnumerateMatches(null).Select(Internal.Certificates.ToBcl)];
        Evidence = EmbeddedEvidence.FromSignedData(parser);
        Contents = new SignedDataParts(parser).Contents();
        Signers = CmsInput.Decoded(parser.GetSignerInfos().GetSigners());
    }

    /// <summary>Gets the SignedData's digest algorithms that are known here, each once.</summary>
    public HashAlgorithmName[] DigestAlgorithms { get; }

    /// <summary>Gets the certificates of the SignedData certificates field.</summary>
    public X509Certificate2[] Certificates { get; }

    /// <summary>Gets the CRLs and OCSP responses of the SignedData crls field.</summary>
    public RevocationEvidence Evidence { get; }

    /// <summary>Gets what an archive timestamp covers outside the SignerInfos.</summary>
    public SignedDataContents Contents { get; }

    /// <summary>Gets the SignerInfos, decoded.</summary>
    public SignerInformation[] Signers { get; }

    /// <summary>Reads the parts after the parser's content (if any) has been read to its end.</summary>
    public static DecodedSignedData Read(CmsSignedDataParser parser) => CmsInput.Parse(() => new DecodedSignedData(parser));

    /// <summary>The known digest algorithms the SignedData lists, readable before its content.</summary>
    public static HashAlgorithmName[] DigestAlgorithmsOf(CmsSignedDataParser parser)
        => [.. CmsInput.Parse(() => parser.DigestOids).Select(oid => HashAlgorithms.TryFromOid(new DerObjectIdentifier(oid), out var name) ? name : default)
            .Where(name => name.Name is not null).Distinct()];
}
