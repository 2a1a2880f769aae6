using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;

namespace Bsre.Sdk.Signing;

/// <summary>
/// A <see cref="Signer"/> with the private key in this process: from a PKCS#12/PFX file or an
/// <see cref="X509Certificate2"/> that has its RSA or ECDSA key. RSA and ECDSA sign through
/// .NET (OpenSSL on Linux); Ed25519 keys, which .NET cannot hold, through BouncyCastle.
/// One instance may sign on many threads at once (each signature is independent); dispose it when no signing is under way.
/// </summary>
public sealed class LocalSigner : Signer
{
    private readonly SignerCertificates _certificates;
    private readonly RSA? _rsa;
    private readonly ECDsa? _ecdsa;
    private readonly Ed25519PrivateKeyParameters? _ed25519;

    /// <summary>Creates a signer from a certificate that carries its private key.</summary>
    /// <param name="certificate">The signing certificate with an RSA or ECDSA private key.</param>
    /// <param name="chain">CA certificates to embed in signatures, nearest first.</param>
    /// <exception cref="SigningKeyException">The certificate has no usable private key.</exception>
    public LocalSigner(X509Certificate2 certificate, IEnumerable<X509Certificate2>? chain = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!certificate.HasPrivateKey)
        {
            throw new SigningKeyException($"The certificate '{certificate.Subject}' has no private key; load it from a PKCS#12 file or attach the key.");
        }

        _rsa = certificate.GetRSAPrivateKey();
        _ecdsa = _rsa is null ? certificate.GetECDsaPrivateKey() : null;
        if (_rsa is null && _ecdsa is null)
        {
            throw new SigningKeyException($"The private key of '{certificate.Subject}' is neither RSA nor ECDSA.");
        }

        _certificates = new SignerCertificates(certificate, chain);
    }

    private LocalSigner(SignerCertificates certificates, RSA? rsa, ECDsa? ecdsa, Ed25519PrivateKeyParameters? ed25519)
    {
        _certificates = certificates;
        _rsa = rsa;
        _ecdsa = ecdsa;
        _ed25519 = ed25519;
    }

    /// <summary>Gets the signing certificate.</summary>
    public X509Certificate2 Certificate => _certificates.SigningCertificate;

    /// <summary>Opens a PKCS#12/PFX file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="password">Its password.</param>
    /// <returns>The signer, with the file's CA certificates as its chain.</returns>
    /// <exception cref="SigningKeyException">Wrong password, corrupt file, or no private key in it.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static LocalSigner FromPkcs12File(string path, ReadOnlySpan<char> password)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Load(File.ReadAllBytes(path), password, $"The PKCS#12 file '{path}'");
    }

    /// <summary>Opens PKCS#12/PFX data.</summary>
    /// <param name="pkcs12">The PKCS#12 bytes.</param>
    /// <param name="password">Their password.</param>
    /// <returns>The signer, with the file's CA certificates as its chain.</returns>
    /// <exception cref="SigningKeyException">Wrong password, corrupt data, or no private key in it.</exception>
    public static LocalSigner FromPkcs12(ReadOnlyMemory<byte> pkcs12, ReadOnlySpan<char> password) => Load(pkcs12, password, "The PKCS#12 data");

    private static LocalSigner Load(ReadOnlyMemory<byte> pkcs12, ReadOnlySpan<char> password, string source)
    {
#if NET9_0_OR_GREATER
        if (TryLoadWithPlatform(pkcs12, password) is { } platform)
        {
            return platform;
        }
#endif

        Pkcs12Shape.ThrowIfNotPkcs12(pkcs12.Span, source);
        return LoadWithBouncyCastle(pkcs12, password, source);
    }

#if NET9_0_OR_GREATER
    /// <summary>RSA and ECDSA files load through .NET, several times faster than BouncyCastle's PBKDF2; anything else falls back.</summary>
    private static LocalSigner? TryLoadWithPlatform(ReadOnlyMemory<byte> pkcs12, ReadOnlySpan<char> password)
    {
        X509Certificate2Collection collection;
        try
        {
            collection = X509CertificateLoader.LoadPkcs12Collection(pkcs12.Span, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException)
        {
            return null;
        }

        X509Certificate2? signing = collection.FirstOrDefault(c => c.HasPrivateKey);
        if (signing is null || DefaultScheme(signing) is not (SignatureScheme.RsaPkcs1 or SignatureScheme.Ecdsa))
        {
            return null;
        }

        return new LocalSigner(signing, collection.Where(c => !ReferenceEquals(c, signing)));
    }
#endif

    private static LocalSigner LoadWithBouncyCastle(ReadOnlyMemory<byte> pkcs12, ReadOnlySpan<char> password, string source)
    {
        Pkcs12Store store = new Pkcs12StoreBuilder().Build();
        try
        {
            using var stream = new MemoryStream(pkcs12.ToArray(), writable: false);
            store.Load(stream, password.ToArray());
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException or Org.BouncyCastle.Asn1.Asn1Exception or InvalidCastException)
        {
            // The structure is PKCS#12 (checked above), so a failure here is the password-keyed MAC or decryption (RFC 7292 §5).
            throw new SigningKeyException($"{source} could not be opened: the password is wrong (or the file was altered after it was written).", e);
        }

        string alias = store.Aliases.FirstOrDefault(store.IsKeyEntry)
            ?? throw new SigningKeyException($"{source} holds no private key.");
        AsymmetricKeyParameter key = store.GetKey(alias).Key;
        var chain = store.GetCertificateChain(alias)?.Select(e => Certificates.ToBcl(e.Certificate)).ToList()
            ?? [Certificates.ToBcl(store.GetCertificate(alias).Certificate)];
        var certificates = new SignerCertificates(chain[0], chain.Skip(1));
        return key switch
        {
            RsaKeyParameters => new LocalSigner(certificates, ImportPkcs8(RSA.Create(), key), null, null),
            ECPrivateKeyParameters => new LocalSigner(certificates, null, ImportPkcs8(ECDsa.Create(), key), null),
            Ed25519PrivateKeyParameters ed => new LocalSigner(certificates, null, null, ed),
            _ => throw new SigningKeyException($"{source} holds a {key.GetType().Name} key, which is not supported; use RSA, ECDSA or Ed25519."),
        };
    }

    /// <inheritdoc />
    public override ValueTask<SignerCertificates> GetCertificatesAsync(CancellationToken cancellationToken = default)
        => ValueTask.FromResult(_certificates);

    /// <inheritdoc />
    public override ValueTask<byte[]> SignAsync(SignatureRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ValueTask.FromResult(Sign(request));
    }

    /// <summary>Signs synchronously; the key is local, so there is nothing to wait for.</summary>
    internal byte[] Sign(SignatureRequest request) => request.Scheme switch
    {
        SignatureScheme.RsaPkcs1 when _rsa is not null => _rsa.SignHash(request.Digest.Span, request.HashAlgorithm, RSASignaturePadding.Pkcs1),
        SignatureScheme.RsaPss when _rsa is not null => _rsa.SignHash(request.Digest.Span, request.HashAlgorithm, RSASignaturePadding.Pss),
        SignatureScheme.Ecdsa when _ecdsa is not null => _ecdsa.SignHash(request.Digest.Span, DSASignatureFormat.Rfc3279DerSequence),
        SignatureScheme.Ed25519 when _ed25519 is not null => SignEd25519(request.DataToSign.Span),
        _ => throw new SigningKeyException($"This key cannot make {request.Scheme} signatures."),
    };

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rsa?.Dispose();
            _ecdsa?.Dispose();
        }

        base.Dispose(disposing);
    }

    private static T ImportPkcs8<T>(T algorithm, AsymmetricKeyParameter key)
        where T : AsymmetricAlgorithm
    {
        byte[] pkcs8 = PrivateKeyInfoFactory.CreatePrivateKeyInfo(key).GetEncoded();
        try
        {
            algorithm.ImportPkcs8PrivateKey(pkcs8, out _);
            return algorithm;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    private byte[] SignEd25519(ReadOnlySpan<byte> data)
    {
        var signer = new Org.BouncyCastle.Crypto.Signers.Ed25519Signer();
        signer.Init(true, _ed25519);
        signer.BlockUpdate(data);
        return signer.GenerateSignature();
    }
}
