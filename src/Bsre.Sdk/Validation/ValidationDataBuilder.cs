using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation;

/// <summary>Gathers certificates, OCSP responses and CRLs for a <see cref="ValidationData"/>, each once.</summary>
internal sealed class ValidationDataBuilder
{
    private readonly List<X509Certificate2> _certificates = [];
    private readonly List<byte[]> _ocspResponses = [];
    private readonly List<byte[]> _crls = [];

    /// <summary>Adds the certificates not yet present.</summary>
    public void AddCertificates(IEnumerable<X509Certificate2> certificates)
    {
        foreach (X509Certificate2 certificate in certificates)
        {
            if (!_certificates.Exists(known => known.RawData.AsSpan().SequenceEqual(certificate.RawData)))
            {
                _certificates.Add(certificate);
            }
        }
    }

    /// <summary>Adds the OCSP response or CRLs a revocation check rested on.</summary>
    public void AddRevocation(RevocationInfo info)
        => AddNew(info.Source is RevocationSource.Ocsp or RevocationSource.EmbeddedOcsp ? _ocspResponses : _crls, info.Encoded);

    /// <summary>Adds everything of <paramref name="data"/>.</summary>
    public void Add(ValidationData data)
    {
        AddCertificates(data.Certificates);
        AddNew(_ocspResponses, data.OcspResponses);
        AddNew(_crls, data.Crls);
    }

    /// <summary>Returns what was gathered.</summary>
    public ValidationData Build() => new([.. _certificates], [.. _ocspResponses], [.. _crls]);

    private static void AddNew(List<byte[]> target, IEnumerable<byte[]> items)
    {
        foreach (byte[] item in items)
        {
            if (!target.Exists(known => known.AsSpan().SequenceEqual(item)))
            {
                target.Add(item);
            }
        }
    }
}
