namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// The revokedCertificates of a CRL indexed by serial number: those of the CRL issuer's own certificates, and in an
/// indirect CRL those of each other certificate issuer the certificateIssuer entry extension names (RFC 5280 §5.3.3).
/// </summary>
internal sealed class CrlEntryIndex
{
    private readonly Dictionary<byte[], RevokedCertificate> _own = new(SerialNumberComparer.Instance);
    private readonly List<(byte[] Issuer, Dictionary<byte[], RevokedCertificate> Entries)> _others = [];

    /// <summary>Gets the number of entries.</summary>
    public int Count => _own.Count + _others.Sum(o => o.Entries.Count);

    /// <summary>Adds an entry (the first of a serial number wins).</summary>
    /// <param name="certificateIssuer">The DER name of the certificate's issuer, or <see langword="null"/> for the CRL issuer.</param>
    /// <param name="serialNumber">The serial number, big-endian.</param>
    /// <param name="entry">The entry.</param>
    public void Add(byte[]? certificateIssuer, ReadOnlySpan<byte> serialNumber, RevokedCertificate entry)
    {
        Dictionary<byte[], RevokedCertificate> entries = certificateIssuer is null ? _own : Group(certificateIssuer);
        entries.TryAdd(SerialNumberComparer.Normalize(serialNumber), entry);
    }

    /// <summary>Looks up a serial number among the CRL issuer's own certificates.</summary>
    public bool TryFind(ReadOnlySpan<byte> serialNumber, out RevokedCertificate entry)
        => _own.TryGetValue(SerialNumberComparer.Normalize(serialNumber), out entry);

    /// <summary>Looks up a serial number among the certificates of <paramref name="certificateIssuer"/>, another issuer than the CRL's.</summary>
    public bool TryFind(ReadOnlySpan<byte> serialNumber, byte[] certificateIssuer, out RevokedCertificate entry)
    {
        foreach (var (issuer, entries) in _others)
        {
            if (DistinguishedNames.Equivalent(issuer, certificateIssuer))
            {
                return entries.TryGetValue(SerialNumberComparer.Normalize(serialNumber), out entry);
            }
        }

        entry = default;
        return false;
    }

    private Dictionary<byte[], RevokedCertificate> Group(byte[] certificateIssuer)
    {
        foreach (var (issuer, entries) in _others)
        {
            if (issuer.AsSpan().SequenceEqual(certificateIssuer))
            {
                return entries;
            }
        }

        var added = new Dictionary<byte[], RevokedCertificate>(SerialNumberComparer.Instance);
        _others.Add((certificateIssuer, added));
        return added;
    }
}
