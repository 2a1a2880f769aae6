using System.Numerics;
using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// A CRL parsed once (by <see cref="CrlParser"/>) and indexed by serial number, so a lookup is a hash-table probe
/// whatever the CRL's size. Immutable and thread-safe; the signature is not checked here (see <see cref="CrlVerifier"/>).
/// </summary>
internal sealed class ParsedCrl
{
    private readonly CrlEntryIndex _entries;
    private volatile byte[]? _verifiedSigner;

    internal ParsedCrl(byte[] der, SignedStructure signed, byte[] issuer, DateTimeOffset thisUpdate, DateTimeOffset? nextUpdate, CrlExtensionSet extensions, CrlEntryIndex entries, bool unsupportedCriticalEntryExtension)
    {
        Der = der;
        Signed = signed;
        Issuer = issuer;
        ThisUpdate = thisUpdate;
        NextUpdate = nextUpdate;
        CrlNumber = extensions.CrlNumber;
        BaseCrlNumber = extensions.BaseCrlNumber;
        Scope = extensions.Scope;
        UnsupportedCriticalExtensions = extensions.UnsupportedCritical;
        HasUnsupportedCriticalEntryExtension = unsupportedCriticalEntryExtension;
        _entries = entries;
    }

    /// <summary>Gets the DER CRL, for embedding as validation data.</summary>
    public byte[] Der { get; }

    /// <summary>Gets the signed parts (tbsCertList bytes, algorithm, signature).</summary>
    public SignedStructure Signed { get; }

    /// <summary>Gets the DER issuer Name.</summary>
    public byte[] Issuer { get; }

    /// <summary>Gets the thisUpdate.</summary>
    public DateTimeOffset ThisUpdate { get; }

    /// <summary>Gets the nextUpdate, if any.</summary>
    public DateTimeOffset? NextUpdate { get; }

    /// <summary>Gets the cRLNumber extension, if any.</summary>
    public BigInteger? CrlNumber { get; }

    /// <summary>Gets the deltaCRLIndicator's BaseCRLNumber: set only on delta CRLs.</summary>
    public BigInteger? BaseCrlNumber { get; }

    /// <summary>Gets whether this is a delta CRL.</summary>
    public bool IsDelta => BaseCrlNumber is not null;

    /// <summary>Gets the issuingDistributionPoint, or <see langword="null"/> for a full-scope CRL.</summary>
    public CrlScope? Scope { get; }

    /// <summary>Gets the OIDs of critical CRL extensions this SDK does not process.</summary>
    public IReadOnlyList<string> UnsupportedCriticalExtensions { get; }

    /// <summary>Gets whether an entry has a critical extension this SDK does not process.</summary>
    public bool HasUnsupportedCriticalEntryExtension { get; }

    /// <summary>Gets the number of indexed entries.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets the issuer as a .NET name, for messages.</summary>
    public string IssuerName => new X500DistinguishedName(Issuer).Name;

    /// <summary>Looks up a serial number (big-endian, as in the certificate) of a certificate the CRL issuer issued.</summary>
    public bool TryFind(ReadOnlySpan<byte> serialNumber, out RevokedCertificate entry) => _entries.TryFind(serialNumber, out entry);

    /// <summary>Looks up a serial number of a certificate issued by <paramref name="certificateIssuer"/> (DER name): another issuer only in an indirect CRL.</summary>
    public bool TryFind(ReadOnlySpan<byte> serialNumber, byte[] certificateIssuer, out RevokedCertificate entry)
        => DistinguishedNames.Equivalent(certificateIssuer, Issuer)
            ? _entries.TryFind(serialNumber, out entry)
            : _entries.TryFind(serialNumber, certificateIssuer, out entry);

    /// <summary>Returns whether the signature was already verified with this public key (memo for cached CRLs).</summary>
    internal bool IsVerifiedBy(byte[] publicKey) => _verifiedSigner is { } key && key.AsSpan().SequenceEqual(publicKey);

    /// <summary>Records that the signature verified with this public key.</summary>
    internal void MarkVerifiedBy(byte[] publicKey) => _verifiedSigner = publicKey;
}
