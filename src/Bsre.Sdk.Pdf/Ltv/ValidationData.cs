using System.Security.Cryptography;

namespace Bsre.Sdk.Pdf.Ltv;

/// <summary>The DER certificates, OCSP responses and CRLs for a DSS, each kept once.</summary>
internal sealed class ValidationData
{
    private readonly HashSet<string> _seen = [];

    public List<byte[]> Certificates { get; } = [];

    public List<byte[]> OcspResponses { get; } = [];

    public List<byte[]> Crls { get; } = [];

    public void Add(List<byte[]> list, byte[] der)
    {
        if (_seen.Add(Convert.ToHexString(SHA256.HashData(der))))
        {
            list.Add(der);
        }
    }
}
