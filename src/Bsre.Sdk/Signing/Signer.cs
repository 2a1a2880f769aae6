namespace Bsre.Sdk.Signing;

/// <summary>
/// Produces signature values for CMS/CAdES and PAdES signatures. Implementations hold a key
/// locally (<see cref="LocalSigner"/>) or reach one elsewhere: an HSM, a remote signing service
/// (<see cref="ExternalSigner"/>, or a class of your own).
/// </summary>
/// <remarks>
/// The signature builders call <see cref="GetCertificatesAsync"/> once per signature, before
/// <see cref="SignAsync"/>, because CAdES binds the certificate into the signed attributes.
/// </remarks>
public abstract class Signer : IDisposable
{
    /// <summary>Gets the signing certificate and the CA certificates to embed.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The certificates.</returns>
    public abstract ValueTask<SignerCertificates> GetCertificatesAsync(CancellationToken cancellationToken = default);

    /// <summary>Computes the signature value for <paramref name="request"/>.</summary>
    /// <param name="request">The data, its digest and the scheme to apply.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The signature value as it goes into the CMS: PKCS#1/PSS bytes, a DER ECDSA signature, or a raw Ed25519 signature.</returns>
    public abstract ValueTask<byte[]> SignAsync(SignatureRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Computes the signature values for several requests, e.g. the documents of a folder. A remote signer overrides it
    /// to authorize them together (one PIN or OTP entry) and send them in few calls; a token signer to sign in parallel.
    /// This implementation signs them one after the other with <see cref="SignAsync"/>.
    /// </summary>
    /// <param name="requests">The requests.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The signature values, in the order of <paramref name="requests"/>.</returns>
    public virtual async ValueTask<IReadOnlyList<byte[]>> SignBatchAsync(IReadOnlyList<SignatureRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var values = new byte[requests.Count][];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = await SignAsync(requests[i], cancellationToken).ConfigureAwait(false);
        }

        return values;
    }

    /// <summary>Gets the scheme this signer uses by default for its certificate's key.</summary>
    /// <param name="certificate">The signing certificate.</param>
    /// <returns>The scheme: RSA PKCS#1 v1.5, ECDSA or Ed25519, by the key's algorithm.</returns>
    public static SignatureScheme DefaultScheme(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.PublicKey.Oid.Value switch
        {
            "1.2.840.113549.1.1.1" => SignatureScheme.RsaPkcs1,
            "1.2.840.113549.1.1.10" => SignatureScheme.RsaPss,
            "1.2.840.10045.2.1" => SignatureScheme.Ecdsa,
            "1.3.101.112" => SignatureScheme.Ed25519,
            var oid => throw new NotSupportedException($"The certificate's key algorithm {oid} is not supported; use RSA, ECDSA or Ed25519."),
        };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the key material.</summary>
    /// <param name="disposing"><see langword="true"/> when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }
}
