using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Validation.Revocation;
using Org.BouncyCastle.Asn1.X509;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Validation;

/// <summary>A certificate as path building sees it: both object models, its SHA-256 identity and its key identifiers.</summary>
internal sealed class PathCertificate
{
    private bool? _selfSigned;
    private byte[]? _subjectPublicKeyInfo;

    private PathCertificate(X509Certificate2 certificate, BcCertificate bc, string id)
    {
        Certificate = certificate;
        Bc = bc;
        Id = id;
        SubjectKeyId = bc.GetExtensionValue(X509Extensions.SubjectKeyIdentifier) is { } ski
            ? SubjectKeyIdentifier.GetInstance(ski.GetOctets()).GetKeyIdentifier()
            : null;
        AuthorityKeyId = bc.GetExtensionValue(X509Extensions.AuthorityKeyIdentifier) is { } aki
            ? AuthorityKeyIdentifier.GetInstance(aki.GetOctets()).KeyIdentifier?.GetOctets()
            : null;
    }

    public X509Certificate2 Certificate { get; }

    public BcCertificate Bc { get; }

    /// <summary>Gets the SHA-256 hash of the DER encoding, in hexadecimal.</summary>
    public string Id { get; }

    public byte[]? SubjectKeyId { get; }

    public byte[]? AuthorityKeyId { get; }

    public string Subject => Certificate.Subject;

    public bool IsSelfIssued => Bc.SubjectDN.Equivalent(Bc.IssuerDN, true);

    /// <summary>Gets whether the certificate is self-issued and signed with its own key: a root, which ends a path.</summary>
    public bool IsSelfSigned => _selfSigned ??= IsSelfIssued && VerifiesWith(this);

    /// <summary>Whether this certificate's signature verifies with <paramref name="issuer"/>'s public key.</summary>
    /// <remarks>
    /// The runtime's RSA/ECDSA verify first (<see cref="VerificationKeys"/>, keys kept per process); BouncyCastle decides
    /// what they do not accept (other algorithms and key encodings). Making a BouncyCastle RSA key runs a Miller-Rabin
    /// test of its modulus, tens of milliseconds per CA key and process, which a one-file <c>bsre</c> call would otherwise mostly spend there.
    /// </remarks>
    public bool VerifiesWith(PathCertificate issuer)
    {
        X509CertificateStructure structure = Bc.CertificateStructure;
        if (!SameAlgorithm(structure.SignatureAlgorithm, structure.TbsCertificate.Signature))
        {
            return false; // RFC 5280 4.1.1.2: signatureAlgorithm must equal the signature field of tbsCertificate
        }

        try
        {
            if (VerificationKeys.Verify(structure.SignatureAlgorithm, issuer.SubjectPublicKeyInfo, Bc.GetTbsCertificate(), Bc.GetSignature()))
            {
                return true;
            }
        }
        catch (NotSupportedException)
        {
            // an algorithm the runtime path does not cover: BouncyCastle below
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException or IOException)
        {
            // a key or signature encoding the runtime refuses: BouncyCastle below
        }

        try
        {
            return Bc.IsSignatureValid(issuer.Bc.GetPublicKey());
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or Org.BouncyCastle.Security.GeneralSecurityException
            or Org.BouncyCastle.Crypto.CryptoException or Org.BouncyCastle.Security.SecurityUtilityException)
        {
            return false;
        }
    }

    /// <summary>Gets the DER SubjectPublicKeyInfo of this certificate's key.</summary>
    private byte[] SubjectPublicKeyInfo => _subjectPublicKeyInfo ??= Bc.CertificateStructure.SubjectPublicKeyInfo.GetDerEncoded();

    /// <summary>Compares two AlgorithmIdentifiers as BouncyCastle's signature check does: absent parameters equal NULL.</summary>
    private static bool SameAlgorithm(AlgorithmIdentifier outer, AlgorithmIdentifier inner)
        => outer.Equals(inner) || (outer.Algorithm.Equals(inner.Algorithm) && IsAbsentOrNull(outer.Parameters) && IsAbsentOrNull(inner.Parameters));

    private static bool IsAbsentOrNull(Org.BouncyCastle.Asn1.Asn1Encodable? parameters) => parameters is null or Org.BouncyCastle.Asn1.Asn1Null;

    /// <summary>Reads a certificate (or finds it parsed before); <see langword="null"/> when BouncyCastle cannot parse it.</summary>
    public static PathCertificate? TryCreate(X509Certificate2 certificate)
    {
        try
        {
            // Certificates.ToBouncyCastle parses each certificate once per process.
            string id = Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256));
            return new PathCertificate(certificate, Certificates.ToBouncyCastle(certificate), id);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or Org.BouncyCastle.Security.Certificates.CertificateException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="issuer"/> may have issued this certificate: names match, and key identifiers do not contradict.</summary>
    public IssuerMatch MatchIssuer(PathCertificate issuer)
    {
        if (!Bc.IssuerDN.Equivalent(issuer.Bc.SubjectDN, true))
        {
            return IssuerMatch.None;
        }

        if (AuthorityKeyId is null || issuer.SubjectKeyId is null)
        {
            return IssuerMatch.Name;
        }

        return AuthorityKeyId.AsSpan().SequenceEqual(issuer.SubjectKeyId) ? IssuerMatch.KeyIdentifier : IssuerMatch.KeyIdentifierMismatch;
    }

    public bool IsValidAt(DateTimeOffset time) => time >= Certificate.NotBefore && time <= Certificate.NotAfter;

    /// <summary>Returns a copy holding its own <see cref="X509Certificate2"/>, which callers' disposal cannot affect (for caching).</summary>
    public PathCertificate Detach() => new(Certificates.Load(Certificate.RawData), Bc, Id);

    /// <summary>Returns this certificate with <paramref name="certificate"/>, an equal instance, as its BCL object.</summary>
    public PathCertificate With(X509Certificate2 certificate) => new(certificate, Bc, Id);
}
