using System.Security.Cryptography;
using Bsre.Sdk.Csc.Internal;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Csc;

/// <summary>
/// A <see cref="Signer"/> whose key stays with a CSC remote signing service: only the digest of the CMS signed attributes
/// leaves the application. One signature is one <c>credentials/authorize</c> (PIN/OTP) and one <c>signatures/signHash</c>;
/// <see cref="SignBatchAsync"/> signs many with one authorization (up to the credential's <see cref="CscCredential.Multisign"/>)
/// and few signHash calls, which is how <c>PadesBatchSigner</c> signs a folder with one OTP.
/// </summary>
/// <remarks>
/// Every value the service returns is verified with the credential's certificate before it is used. Thread-safe; the
/// <see cref="CscSignerOptions.AuthenticationData"/> callback is called once per authorization.
/// </remarks>
public sealed class CscSigner : Signer
{
    private readonly CscClient _client;
    private readonly CscSignerOptions _options;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private CscCredential? _credential;

    /// <summary>Creates the signer; the credential is read (and checked) on first use.</summary>
    /// <param name="client">The CSC client.</param>
    /// <param name="options">The credential and the PIN/OTP callback.</param>
    /// <exception cref="ArgumentException">The options name no credential.</exception>
    public CscSigner(CscClient client, CscSignerOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.CredentialId, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxHashesPerCall, 1, nameof(options));
        _client = client;
        _options = options;
    }

    /// <summary>Gets the credential (<c>credentials/info</c>, read once): its certificates, key algorithms and authorization.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The credential.</returns>
    /// <exception cref="CscException">The credential is unknown, its key disabled, its certificate revoked, suspended or expired, its authorization mode not supported, or the call failed.</exception>
    public async Task<CscCredential> GetCredentialAsync(CancellationToken cancellationToken = default)
    {
        if (_credential is { } loaded)
        {
            return loaded;
        }

        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _credential ??= Usable(await _client.GetCredentialAsync(_options.CredentialId!, cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <inheritdoc />
    public override async ValueTask<SignerCertificates> GetCertificatesAsync(CancellationToken cancellationToken = default)
        => (await GetCredentialAsync(cancellationToken).ConfigureAwait(false)).Certificates;

    /// <inheritdoc />
    /// <exception cref="CscException">The service refused the authorization or the signature, or failed.</exception>
    public override async ValueTask<byte[]> SignAsync(SignatureRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await SignBatchAsync([request], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>
    /// Signs all <paramref name="requests"/> with one authorization per <see cref="CscCredential.Multisign"/> signatures
    /// (and per hash algorithm and scheme): one PIN/OTP entry, the hashes bound to the SAD, and signHash calls of up to
    /// <see cref="CscSignerOptions.MaxHashesPerCall"/> hashes.
    /// </summary>
    /// <inheritdoc />
    /// <exception cref="CscException">The service refused the authorization or a signature, or failed.</exception>
    public override async ValueTask<IReadOnlyList<byte[]>> SignBatchAsync(IReadOnlyList<SignatureRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        CscCredential credential = await GetCredentialAsync(cancellationToken).ConfigureAwait(false);
        var plans = requests.Select(r => CscSignaturePlan.For(r, credential)).ToArray();
        var values = new byte[requests.Count][];
        foreach (var group in Enumerable.Range(0, requests.Count).GroupBy(i => (plans[i].Hash, plans[i].Scheme)))
        {
            foreach (int[] authorized in group.Chunk(credential.Multisign))
            {
                await SignAuthorizedAsync(credential, requests, plans, authorized, values, cancellationToken).ConfigureAwait(false);
            }
        }

        return values;
    }

    private async Task SignAuthorizedAsync(CscCredential credential, IReadOnlyList<SignatureRequest> requests, CscSignaturePlan[] plans, int[] indexes, byte[][] values, CancellationToken cancellationToken)
    {
        CscSignaturePlan plan = plans[indexes[0]];
        IReadOnlyList<CscAuthData> authData = _options.AuthenticationData is { } ask
            ? await ask(credential, indexes.Length, cancellationToken).ConfigureAwait(false)
            : [];
        CscSignatureActivation activation = await _client.AuthorizeAsync(credential.Id, [.. indexes.Select(i => requests[i].Digest)], plan.Hash, authData, cancellationToken).ConfigureAwait(false);
        foreach (int[] call in indexes.Chunk(_options.MaxHashesPerCall))
        {
            IReadOnlyList<byte[]> answers = await _client.SignHashAsync(activation, [.. call.Select(i => requests[i].Digest)], plan.Hash, plan.SignAlgorithm, plan.Parameters, cancellationToken).ConfigureAwait(false);
            for (int k = 0; k < call.Length; k++)
            {
                values[call[k]] = Checked(credential, requests[call[k]], plans[call[k]].ToSignatureValue(answers[k]));
            }
        }
    }

    /// <summary>A value that does not verify with the credential's certificate (wrong key, wrong padding) would make an invalid document.</summary>
    private static byte[] Checked(CscCredential credential, SignatureRequest request, byte[] value)
    {
        bool valid;
        try
        {
            valid = SignatureAlgorithms.Verify(SignatureAlgorithms.ToAlgorithmIdentifier(request.Scheme, request.HashAlgorithm), request.HashAlgorithm, credential.Certificates.SigningCertificate, request.DataToSign.Span, value);
        }
        catch (CryptographicException)
        {
            valid = false;
        }

        return valid ? value : throw CscErrors.InvalidResponse("signatures/signHash", $"a signature does not verify with the certificate of credential '{credential.Id}'");
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _loading.Dispose();
        }

        base.Dispose(disposing);
    }

    private static CscCredential Usable(CscCredential credential)
    {
        string name = $"The CSC credential '{credential.Id}'";
        switch (credential.CertificateStatus.ToUpperInvariant())
        {
            case "REVOKED" or "SUSPENDED":
                throw new CscException(CscErrorCode.CertificateRevoked, $"{name} has a {credential.CertificateStatus} certificate; it cannot sign.");
            case "EXPIRED":
                throw new CscException(CscErrorCode.CertificateExpired, $"{name} has an expired certificate; it cannot sign.");
        }

        if (!credential.KeyEnabled)
        {
            throw new CscException(CscErrorCode.CredentialDisabled, $"{name} has a disabled key; it cannot sign.");
        }

        return credential.AuthMode == "oauth2code"
            ? throw new CscException(CscErrorCode.AlgorithmNotSupported, $"{name} is authorized with an OAuth 2.0 credential-scope token (auth/mode oauth2code), which this signer does not support; it needs explicit (PIN/OTP) or implicit authorization.")
            : credential;
    }
}
