using System.Collections.Concurrent;
using System.Security.Cryptography;
using Bsre.Sdk.Testing.Emulator.Internal;

namespace Bsre.Sdk.Testing.Emulator.Csc;

/// <summary>
/// The state of the emulator's CSC remote signing service: OAuth 2.0 clients, codes and tokens, the credentials (the test
/// PKI's RSA, ECDSA and revoked signers), OTPs sent by <c>credentials/getChallenge</c>, the SADs, and call counters.
/// </summary>
internal sealed class CscEmulatorService : IDisposable
{
    public const string OtpPurpose = "csc-otp";

    /// <summary>How long a SAD lives (§11.6 <c>expiresIn</c>); short, as a real service's.</summary>
    public static readonly TimeSpan SadLifetime = TimeSpan.FromMinutes(5);

    private readonly EmulatorState _state;
    private readonly Lazy<IReadOnlyDictionary<string, CscEmulatorCredential>> _credentials;
    private int _authorizeCalls;
    private int _signHashCalls;

    public CscEmulatorService(EmulatorOptions options, EmulatorState state)
    {
        Options = options;
        _state = state;
        _credentials = new(() => new Dictionary<string, CscEmulatorCredential>(StringComparer.Ordinal)
        {
            [BsreEmulator.CscRsaCredential] = new(BsreEmulator.CscRsaCredential, state.Pki.SignerRsa, state.Pki.Chain, revoked: false),
            [BsreEmulator.CscEcdsaCredential] = new(BsreEmulator.CscEcdsaCredential, state.Pki.SignerEcdsa, state.Pki.Chain, revoked: false),
            [BsreEmulator.CscRevokedCredential] = new(BsreEmulator.CscRevokedCredential, state.Pki.SignerRevoked, state.Pki.Chain, revoked: true),
        });
    }

    public EmulatorOptions Options { get; }

    public TimeProvider Time => Options.TimeProvider;

    public IReadOnlyDictionary<string, CscEmulatorCredential> Credentials => _credentials.Value;

    public ConcurrentDictionary<string, DateTimeOffset> AccessTokens { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, byte> RefreshTokens { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, AuthorizationCode> Codes { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, Activation> Activations { get; } = new(StringComparer.Ordinal);

    public int AuthorizeCalls => Volatile.Read(ref _authorizeCalls);

    public int SignHashCalls => Volatile.Read(ref _signHashCalls);

    public TotpStore Otps => _state.Totps;

    public Mailbox Mailbox => _state.Mailbox;

    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public void CountAuthorize() => Interlocked.Increment(ref _authorizeCalls);

    public void CountSignHash() => Interlocked.Increment(ref _signHashCalls);

    public CscTokenAnswer IssueToken(bool withRefreshToken)
    {
        string token = NewSecret();
        AccessTokens[token] = Time.GetUtcNow() + Options.CscAccessTokenLifetime;
        string? refresh = withRefreshToken ? NewSecret() : null;
        if (refresh is not null)
        {
            RefreshTokens[refresh] = 0;
        }

        return new CscTokenAnswer(token, "Bearer", (int)Options.CscAccessTokenLifetime.TotalSeconds, refresh);
    }

    public void Dispose()
    {
        if (_credentials.IsValueCreated)
        {
            foreach (CscEmulatorCredential credential in _credentials.Value.Values)
            {
                credential.Dispose();
            }
        }
    }

    /// <summary>An authorization code of <c>oauth2/authorize</c>, bound to its redirect URI and PKCE challenge (RFC 7636 §4.4).</summary>
    internal sealed record AuthorizationCode(string RedirectUri, string CodeChallenge, DateTimeOffset Expires);

    /// <summary>A SAD: the credential, the hashes it may sign (each once) and until when.</summary>
    internal sealed class Activation(string credentialId, HashSet<string> hashes, string hashAlgorithmOid, DateTimeOffset expires)
    {
        public string CredentialId { get; } = credentialId;

        public HashSet<string> Hashes { get; } = hashes;

        public string HashAlgorithmOid { get; } = hashAlgorithmOid;

        public DateTimeOffset Expires { get; } = expires;
    }
}
