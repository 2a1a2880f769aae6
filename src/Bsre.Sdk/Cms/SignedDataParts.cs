using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Cms;

/// <summary>A parsed SignedData, except its content, as lists that an extension can add to.</summary>
internal sealed class SignedDataParts
{
    /// <summary>Reads the parts after the parser's content (if any) has been read to its end.</summary>
    public SignedDataParts(CmsSignedDataParser parser)
    {
        ContentType = parser.SignedContentType;
        DigestAlgorithms = new DerSet(parser.DigestOids.Select(oid => (Asn1Encodable)new AlgorithmIdentifier(new DerObjectIdentifier(oid))).ToArray());
        Certificates = [.. parser.GetCertificates().EnumerateMatches(null).Select(c => (Asn1Encodable)c.CertificateStructure)];
        RevocationEntries = [.. parser.GetCrls().EnumerateMatches(null).Select(c => (Asn1Encodable)c.CertificateList)];
        RevocationEntries.AddRange(EmbeddedEvidence.OtherRevocationEntries(parser));
        SignerInformation[] signers = [.. parser.GetSignerInfos().GetSigners()];
        SignerInfos = [.. signers.Select(s => s.SignerInfo)];
        SignerIds = [.. signers.Select(s => s.SignerID)];
    }

    public DerObjectIdentifier ContentType { get; }

    public Asn1Set DigestAlgorithms { get; }

    public List<Asn1Encodable> Certificates { get; }

    public List<Asn1Encodable> RevocationEntries { get; }

    public List<SignerInfo> SignerInfos { get; }

    /// <summary>Gets the selectors of the SignerInfos' certificates, in the same order.</summary>
    public IReadOnlyList<SignerID> SignerIds { get; }

    /// <summary>What an archive timestamp over the parts as they stand covers.</summary>
    public SignedDataContents Contents() => new(ContentType, Encoded(Certificates), Encoded(RevocationEntries));

    public SignedDataWriter Writer() => new(DigestAlgorithms, new DerSet(Certificates.ToArray()), new DerSet(SignerInfos.ToArray<Asn1Encodable>()), new DerSet(RevocationEntries.ToArray()), ContentType);

    private static byte[][] Encoded(List<Asn1Encodable> items) => [.. items.Select(i => i.GetEncoded(Asn1Encodable.Der))];
}
