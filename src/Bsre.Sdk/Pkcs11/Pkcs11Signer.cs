using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Bsre.Sdk.Pkcs11.Internal;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Pkcs11;

/// <summary>
/// A <see cref="Signer"/> whose key stays on a PKCS#11 token or HSM: RSA PKCS#1 v1.5, RSA-PSS, ECDSA and Ed25519 through
/// the token's own mechanisms. It logs in once when opened and then signs on up to <see cref="MaxConcurrency"/>
/// sessions at once, so a batch of documents needs one PIN entry and uses the token's parallelism. Keys marked
/// CKA_ALWAYS_AUTHENTICATE get the context-specific login they require before every signature.
/// </summary>
/// <remarks>
/// The PIN is copied once, encoded, given to C_Login and cleared; only for a CKA_ALWAYS_AUTHENTICATE key is it kept (in
/// memory of this object) until <see cref="Signer.Dispose()"/>, because every signature must present it again. It is never
/// logged or put in a message. One instance may sign on many threads at once; dispose it when no signing is under way.
/// The login belongs to the process and the token (PKCS#11 v2.40 §5.6): two signers on one token share it.
/// </remarks>
public sealed class Pkcs11Signer : Signer
{
    private readonly Pkcs11Modules.Lease _module;
    private readonly ulong _loginSession;
    private readonly Pkcs11SessionPool _pool;
    private readonly ulong _key;
    private readonly CKK _keyType;
    private readonly IReadOnlySet<CKM> _mechanisms;
    private readonly SignerCertificates _certificates;
    private readonly string _token;
    private byte[]? _contextPin;
    private bool _disposed;

    private Pkcs11Signer(Pkcs11Modules.Lease module, ulong loginSession, Pkcs11SessionPool pool, string token, Located located, byte[]? contextPin)
    {
        _module = module;
        _loginSession = loginSession;
        _pool = pool;
        _token = token;
        _key = located.Key;
        _keyType = located.KeyType;
        _mechanisms = located.Mechanisms;
        _certificates = located.Certificates;
        _contextPin = contextPin;
    }

    /// <summary>Gets the signing certificate, read from the token.</summary>
    public X509Certificate2 Certificate => _certificates.SigningCertificate;

    /// <summary>Gets how many signatures this signer makes at once (its number of signing sessions).</summary>
    public int MaxConcurrency => _pool.Limit;

    /// <summary>Loads the module, finds the token, logs in with <paramref name="pin"/>, and finds the key and its certificate.</summary>
    /// <param name="options">The module, token and key.</param>
    /// <param name="pin">The user PIN. It is not kept beyond this call unless the key requires a login for every signature.</param>
    /// <returns>The signer; dispose it to close its sessions and release the module.</returns>
    /// <exception cref="Pkcs11SignerException">The module, token, key or certificate is missing, the PIN was refused or is locked, or the token failed.</exception>
    public static Pkcs11Signer Open(Pkcs11SignerOptions options, ReadOnlySpan<char> pin)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.ModulePath, nameof(options));
        if (options.TokenLabel is null && options.SlotId is null)
        {
            throw new ArgumentException("Pkcs11SignerOptions needs TokenLabel or SlotId.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxConcurrency, nameof(options));
        byte[] pinBytes = new byte[Encoding.UTF8.GetByteCount(pin)];
        Encoding.UTF8.GetBytes(pin, pinBytes);
        Pkcs11Modules.Lease? module = null;
        ulong? session = null;
        Pkcs11Signer? signer = null;
        try
        {
            module = Pkcs11Modules.Acquire(options.ModulePath);
            Pkcs11Module library = module.Module;
            var (slot, tokenInfo) = Pkcs11Objects.FindToken(library, options);
            string token = tokenInfo.Label.Trim();
            session = library.OpenSession(slot);
            Login(library, session.Value, pinBytes, tokenInfo, token);
            Located located = Locate(library, session.Value, slot, options, token);
            var pool = new Pkcs11SessionPool(library, slot, Concurrency(options, tokenInfo));
            signer = new Pkcs11Signer(module, session.Value, pool, token, located, located.AlwaysAuthenticate ? pinBytes : null);
            return signer;
        }
        catch (Pkcs11CallException e)
        {
            throw Pkcs11Errors.Operation(e, options.TokenLabel ?? $"slot {options.SlotId}", "open the key");
        }
        finally
        {
            if (signer?._contextPin != pinBytes)
            {
                CryptographicOperations.ZeroMemory(pinBytes);
            }

            if (signer is null)
            {
                if (session is { } opened)
                {
                    module!.Module.CloseSession(opened);
                }

                module?.Dispose();
            }
        }
    }

    /// <inheritdoc />
    public override ValueTask<SignerCertificates> GetCertificatesAsync(CancellationToken cancellationToken = default)
        => ValueTask.FromResult(_certificates);

    /// <inheritdoc />
    /// <exception cref="Pkcs11SignerException">The token cannot make this scheme, refused the context-specific PIN, or failed.</exception>
    public override async ValueTask<byte[]> SignAsync(SignatureRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_disposed, this);
        Pkcs11SignaturePlan plan = Pkcs11SignaturePlan.For(request, _keyType, _mechanisms, _token);
        try
        {
            byte[] output = await _pool.RunAsync(session => Sign(session, plan), cancellationToken).ConfigureAwait(false);
            return plan.ToSignatureValue(output);
        }
        catch (Pkcs11CallException e)
        {
            throw Pkcs11Errors.Operation(e, _token, "sign");
        }
    }

    /// <summary>Signs the requests in parallel on the pool's sessions, under the one login made by <see cref="Open"/>.</summary>
    /// <inheritdoc />
    /// <exception cref="Pkcs11SignerException">The token cannot make a scheme, refused the context-specific PIN, or failed.</exception>
    public override async ValueTask<IReadOnlyList<byte[]>> SignBatchAsync(IReadOnlyList<SignatureRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        return await Task.WhenAll(requests.Select(r => SignAsync(r, cancellationToken).AsTask())).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _pool.Dispose();
            _module.Module.CloseSession(_loginSession);
            if (_contextPin is not null)
            {
                CryptographicOperations.ZeroMemory(_contextPin);
                _contextPin = null;
            }

            _module.Dispose();
        }

        base.Dispose(disposing);
    }

    private byte[] Sign(ulong session, Pkcs11SignaturePlan plan) =>
        _module.Module.Sign(session, plan.Mechanism, plan.Parameter(), _key, plan.Data, _contextPin);

    private static void Login(Pkcs11Module module, ulong session, byte[] pin, Pkcs11Module.TokenInfo tokenInfo, string token)
    {
        try
        {
            module.Login(session, CKU.CKU_USER, pin);
        }
        catch (Pkcs11CallException e) when (e.RV == CKR.CKR_USER_ALREADY_LOGGED_IN)
        {
            // Another signer of this process on the same token logged in: the login is shared (PKCS#11 v2.40 §5.6).
        }
        catch (Pkcs11CallException e)
        {
            throw Pkcs11Errors.Login(e, token, tokenInfo.Flags.HasFlag(CKF.CKF_USER_PIN_FINAL_TRY), tokenInfo.Flags.HasFlag(CKF.CKF_USER_PIN_COUNT_LOW));
        }
    }

    private static Located Locate(Pkcs11Module module, ulong session, ulong slot, Pkcs11SignerOptions options, string token)
    {
        var (key, id, keyType, alwaysAuthenticate) = Pkcs11Objects.FindKey(module, session, options, token);
        var (certificate, issuers) = Pkcs11Objects.FindCertificates(module, session, id, token);
        var mechanisms = module.GetMechanisms(slot);
        return new Located(key, keyType, alwaysAuthenticate, mechanisms, new SignerCertificates(certificate, [.. issuers, .. options.Chain]));
    }

    /// <summary>The options' limit, else the processor count, within the token's session limit less the login session.</summary>
    private static int Concurrency(Pkcs11SignerOptions options, Pkcs11Module.TokenInfo tokenInfo)
    {
        const ulong EffectivelyInfinite = 0;
        int wanted = options.MaxConcurrency > 0 ? options.MaxConcurrency : Environment.ProcessorCount;
        ulong max = tokenInfo.MaxSessionCount;
        return max == EffectivelyInfinite || max == Pkcs11Module.Unavailable ? wanted : (int)Math.Clamp((long)Math.Min(max, int.MaxValue) - 1, 1, wanted);
    }

    private sealed record Located(ulong Key, CKK KeyType, bool AlwaysAuthenticate, IReadOnlySet<CKM> Mechanisms, SignerCertificates Certificates);
}
