using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.X509;

namespace Bsre.Sdk.Testing.Revocation;

/// <summary>
/// Builds X.509 v2 CRLs for revocation tests: any number of entries (by serial), reason codes including certificateHold
/// and removeFromCRL, entries of indirect CRLs (certificateIssuer), delta CRLs, an issuing distribution point, a missing
/// nextUpdate, or a signature by the wrong key.
/// TEST ONLY.
/// </summary>
internal sealed class TestCrlBuilder
{
    private readonly Org.BouncyCastle.X509.X509Certificate _issuer;
    private readonly X509V2CrlGenerator _generator = new();
    private AsymmetricKeyParameter _signingKey;
    private string? _signatureAlgorithm;
    private int _count;

    /// <summary>Starts a CRL of <paramref name="issuer"/> with cRLNumber <paramref name="number"/>.</summary>
    /// <param name="issuer">The CRL issuer (name, AKI and, unless <see cref="SignWith"/>, key).</param>
    /// <param name="thisUpdate">thisUpdate.</param>
    /// <param name="nextUpdate">nextUpdate, or <see langword="null"/> to leave it out.</param>
    /// <param name="number">The cRLNumber.</param>
    public TestCrlBuilder(TestIdentity issuer, DateTimeOffset thisUpdate, DateTimeOffset? nextUpdate, long number = 1)
        : this((issuer ?? throw new ArgumentNullException(nameof(issuer))).BouncyCastleCertificate, issuer.PrivateKey, thisUpdate, nextUpdate, number)
    {
    }

    /// <summary>Starts a CRL of the CA <paramref name="issuer"/>, signed with <paramref name="key"/>, with cRLNumber <paramref name="number"/>.</summary>
    /// <param name="issuer">The CRL issuer's certificate (name and AKI).</param>
    /// <param name="key">The CRL issuer's private key.</param>
    /// <param name="thisUpdate">thisUpdate.</param>
    /// <param name="nextUpdate">nextUpdate, or <see langword="null"/> to leave it out.</param>
    /// <param name="number">The cRLNumber.</param>
    public TestCrlBuilder(Org.BouncyCastle.X509.X509Certificate issuer, AsymmetricKeyParameter key, DateTimeOffset thisUpdate, DateTimeOffset? nextUpdate, long number = 1)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(key);
        _issuer = issuer;
        _signingKey = key;
        _generator.SetIssuerDN(issuer.SubjectDN);
        _generator.SetThisUpdate(CertificateFactory.TruncateToSeconds(thisUpdate));
        if (nextUpdate is { } next)
        {
            _generator.SetNextUpdate(CertificateFactory.TruncateToSeconds(next));
        }

        _generator.AddExtension(X509Extensions.CrlNumber, false, new CrlNumber(BigInteger.ValueOf(number)));
    }

    /// <summary>Gets the number of entries added so far.</summary>
    public int Count => _count;

    /// <summary>Lists <paramref name="certificate"/> as revoked; <paramref name="reason"/> −1 leaves out the reasonCode.</summary>
    public TestCrlBuilder Revoke(X509Certificate2 certificate, DateTimeOffset revokedAt, int reason = -1)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return Revoke(new BigInteger(1, certificate.SerialNumberBytes.ToArray()), revokedAt, reason);
    }

    /// <summary>Lists a serial number as revoked; <paramref name="reason"/> −1 leaves out the reasonCode.</summary>
    public TestCrlBuilder Revoke(BigInteger serial, DateTimeOffset revokedAt, int reason = -1)
    {
        DateTime at = CertificateFactory.TruncateToSeconds(revokedAt);
        if (reason < 0)
        {
            _generator.AddCrlEntry(serial, at, extensions: null);
        }
        else
        {
            _generator.AddCrlEntry(serial, at, reason);
        }

        _count++;
        return this;
    }

    /// <summary>
    /// Lists a certificate of another CA as revoked in an indirect CRL: the entry carries the critical certificateIssuer
    /// extension naming <paramref name="certificateIssuer"/> (which then also holds for the entries after it).
    /// </summary>
    public TestCrlBuilder RevokeFor(X509Name certificateIssuer, BigInteger serial, DateTimeOffset revokedAt)
    {
        var extensions = new X509ExtensionsGenerator();
        extensions.AddExtension(X509Extensions.CertificateIssuer, true, new GeneralNames(new GeneralName(certificateIssuer)));
        _generator.AddCrlEntry(serial, CertificateFactory.TruncateToSeconds(revokedAt), extensions.Generate());
        _count++;
        return this;
    }

    /// <summary>Makes this a delta CRL on top of the base CRL numbered <paramref name="baseNumber"/> (critical deltaCRLIndicator).</summary>
    public TestCrlBuilder DeltaOf(long baseNumber)
    {
        _generator.AddExtension(X509Extensions.DeltaCrlIndicator, true, new CrlNumber(BigInteger.ValueOf(baseNumber)));
        return this;
    }

    /// <summary>Adds a critical issuingDistributionPoint.</summary>
    public TestCrlBuilder WithScope(IssuingDistributionPoint scope)
    {
        _generator.AddExtension(X509Extensions.IssuingDistributionPoint, true, scope);
        return this;
    }

    /// <summary>Adds any CRL extension (e.g. an unknown critical one).</summary>
    public TestCrlBuilder WithExtension(string oid, bool critical, Asn1Encodable value)
    {
        _generator.AddExtension(oid, critical, value);
        return this;
    }

    /// <summary>Signs with another key than the issuer's (a CRL "signed by the wrong key").</summary>
    public TestCrlBuilder SignWith(AsymmetricKeyParameter key)
    {
        _signingKey = key;
        return this;
    }

    /// <summary>Signs with a named BouncyCastle signature algorithm (e.g. "SHA1WITHRSA", for tests of the cryptographic policy) instead of SHA-256 or SHA-384.</summary>
    public TestCrlBuilder WithSignatureAlgorithm(string algorithm)
    {
        _signatureAlgorithm = algorithm;
        return this;
    }

    /// <summary>Signs and encodes the CRL (with the issuer's AuthorityKeyIdentifier).</summary>
    public byte[] Build()
    {
        Org.BouncyCastle.Asn1.X509.X509Extension ski = _issuer.CertificateStructure.TbsCertificate.Extensions.GetExtension(X509Extensions.SubjectKeyIdentifier);
        _generator.AddExtension(
            X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(SubjectKeyIdentifier.GetInstance(ski.GetParsedValue()).GetKeyIdentifier()));
        AsymmetricKeyParameter key = _signingKey;
        return _generator.Generate(new Asn1SignatureFactory(_signatureAlgorithm ?? KeyPairs.SignatureAlgorithm(key), key, KeyPairs.Random)).GetEncoded();
    }
}
