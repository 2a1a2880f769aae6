using Org.BouncyCastle.Asn1;

namespace Bsre.Sdk.Cms;

/// <summary>The parts of a SignedData outside its SignerInfos that an archive timestamp covers.</summary>
/// <param name="ContentType">The encapsulated content's type.</param>
/// <param name="Certificates">Each entry of the certificates field, as encoded.</param>
/// <param name="RevocationEntries">Each entry of the crls field (CRLs and other revocation formats), as encoded.</param>
internal sealed record SignedDataContents(DerObjectIdentifier ContentType, IReadOnlyList<byte[]> Certificates, IReadOnlyList<byte[]> RevocationEntries);
