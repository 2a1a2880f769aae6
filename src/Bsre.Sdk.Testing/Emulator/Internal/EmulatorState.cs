using System.Collections.Concurrent;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Timestamping;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>The emulator's data: accounts, seal subscribers, TOTPs, signed documents, the test PKI and its signing identities.</summary>
internal sealed class EmulatorState
{
    private readonly ConcurrentDictionary<string, Lazy<TestIdentity>> _identities = new(StringComparer.Ordinal);
    private PkiServices? _services;

    public EmulatorState(EmulatorOptions options, Mailbox mailbox, IDocumentSigner signer)
    {
        EmulatorUsersFile file = options.UsersFile is { } path ? EmulatorUsersFile.Load(path) : new EmulatorUsersFile { Users = options.Users, SealSubscribers = options.SealSubscribers };
        Users = new ConcurrentBag<EmulatorUser>(file.Users);
        Subscribers = file.SealSubscribers.ToDictionary(s => s.IdSubscriber, StringComparer.OrdinalIgnoreCase);
        Totps = new TotpStore(options.TotpLifetime, options.TimeProvider);
        Generation = options.Generation;
        SealActivationLifetime = options.SealActivationLifetime;
        Mailbox = mailbox;
        Signer = signer;
    }

    public ConcurrentBag<EmulatorUser> Users { get; }

    public IReadOnlyDictionary<string, SealSubscriber> Subscribers { get; }

    public TotpStore Totps { get; }

    public GatewayGeneration Generation { get; }

    public TimeSpan SealActivationLifetime { get; }

    public Mailbox Mailbox { get; }

    public IDocumentSigner Signer { get; }

    public ConcurrentDictionary<string, byte[]> Documents { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the client of the emulator's own test TSA (set once it runs).</summary>
    public TimestampClient? Timestamps { get; set; }

    public TestPki Pki => Services.Pki;

    /// <summary>Gets the PKI's OCSP, CRL, caIssuers and TSA services.</summary>
    public PkiServices Services => _services ?? throw new InvalidOperationException("The emulator's PKI is not ready yet.");

    public bool HasPki => _services is not null;

    public void UsePki(TestPki pki) => _services ??= new PkiServices(pki);

    public EmulatorUser? FindUser(string? nik, string? email) =>
        Users.FirstOrDefault(u => (nik is not null && u.Nik == nik.Trim()) || (email is not null && string.Equals(u.Email, email.Trim(), StringComparison.OrdinalIgnoreCase)));

    /// <summary>The signing identity of an account or subscriber, issued from the test PKI on first use.</summary>
    public TestIdentity IdentityFor(string key, string commonName) =>
        _identities.GetOrAdd(key, _ => new Lazy<TestIdentity>(() => Pki.IssueSigner($"emulator-{_identities.Count}", $"{commonName} (TEST)", TestKeyAlgorithm.Rsa2048))).Value;
}
