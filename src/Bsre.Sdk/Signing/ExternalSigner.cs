namespace Bsre.Sdk.Signing;

/// <summary>
/// A <see cref="Signer"/> whose key lives elsewhere (an HSM, a remote signing service), given as
/// two delegates. The certificate is asked for only when a signature is made, so a service may
/// tell it late.
/// </summary>
public sealed class ExternalSigner : Signer
{
    private readonly Func<CancellationToken, ValueTask<SignerCertificates>> _getCertificates;
    private readonly Func<SignatureRequest, CancellationToken, ValueTask<byte[]>> _sign;

    /// <summary>Creates the signer.</summary>
    /// <param name="getCertificates">Returns the signing certificate and its CA chain.</param>
    /// <param name="sign">Returns the signature value for a request (typically over <see cref="SignatureRequest.Digest"/>).</param>
    public ExternalSigner(
        Func<CancellationToken, ValueTask<SignerCertificates>> getCertificates,
        Func<SignatureRequest, CancellationToken, ValueTask<byte[]>> sign)
    {
        ArgumentNullException.ThrowIfNull(getCertificates);
        ArgumentNullException.ThrowIfNull(sign);
        _getCertificates = getCertificates;
        _sign = sign;
    }

    /// <inheritdoc />
    public override ValueTask<SignerCertificates> GetCertificatesAsync(CancellationToken cancellationToken = default)
        => _getCertificates(cancellationToken);

    /// <inheritdoc />
    public override ValueTask<byte[]> SignAsync(SignatureRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _sign(request, cancellationToken);
    }
}
