using System.Security.Cryptography;

namespace Bsre.Sdk.Pdf.Ltv;

/// <summary>The validation data of every signature, and the DER certificates, OCSP responses and CRLs for the DSS, each kept once.</summary>
internal sealed class DssData
{
    /// <summary>Gets one entry per signature and document timestamp.</summary>
    public List<VriEntry> Signatures { get; } = [];

    public IReadOnlyList<byte[]> Certificates => Distinct(s => s.Certificates);

    public IReadOnlyList<byte[]> OcspResponses => Distinct(s => s.OcspResponses);

    public IReadOnlyList<byte[]> Crls => Distinct(s => s.Crls);

    /// <summary>Returns the identity under which a DER value is kept once.</summary>
    public static string Identity(byte[] der) => Convert.ToHexString(SHA256.HashData(der));

    private List<byte[]> Distinct(Func<VriEntry, List<byte[]>> list) => [.. Signatures.SelectMany(list).DistinctBy(Identity)];
}
