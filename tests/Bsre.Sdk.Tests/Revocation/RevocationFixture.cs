using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Testing.Revocation;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>
/// One test PKI whose AIA/CDP URLs point at a <see cref="RevocationServer"/> on 127.0.0.1, with a BouncyCastle OCSP
/// responder behind it and the PKI's CRLs served at their distribution points (<see cref="TestPkiServices"/>). Tests
/// call <see cref="Reset"/> first.
/// </summary>
public sealed class RevocationFixture : IAsyncLifetime
{
    private TestPkiServices? _services;

    private TestPkiServices Services => _services ?? throw new InvalidOperationException("Not initialized.");

    public RevocationServer Server => Services.Revocation;

    public TestPki Pki => Services.Pki;

    public TestOcspResponder Responder => Services.Ocsp;

    public TimestampAuthorityServer Tsa => Services.Tsa;

    public HttpClient Http { get; } = new();

    public X509Certificate2 Issuer => Pki.Intermediate.Certificate;

    public async Task InitializeAsync() => _services = await TestPkiServices.StartAsync();

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    /// <summary>Back to a well-behaved responder and the PKI's own CRLs, counters at zero.</summary>
    public void Reset() => Services.ResetRevocation();

    /// <summary>Online options with the given mode and a short timeout.</summary>
    public static SignatureValidationOptions Options(RevocationCheckMode mode = RevocationCheckMode.OcspThenCrl, bool offline = false)
    {
        var options = new SignatureValidationOptions { Offline = offline };
        options.Revocation.Mode = mode;
        options.Revocation.Timeout = TimeSpan.FromSeconds(5);
        return options;
    }

    internal RevocationChecker Checker(SignatureValidationOptions options, RevocationCache? cache = null) => new(options, Http, cache ?? new RevocationCache());

    /// <summary>Checks <paramref name="certificate"/> (issued by the intermediate) now.</summary>
    internal Task<RevocationCheckResult> CheckAsync(X509Certificate2 certificate, SignatureValidationOptions options, RevocationEvidence? evidence = null, RevocationCache? cache = null)
        => Checker(options, cache).CheckAsync(certificate, Issuer, DateTimeOffset.UtcNow, evidence ?? RevocationEvidence.Empty, CancellationToken.None);
}

/// <summary>The test classes that share one <see cref="RevocationFixture"/> (run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class RevocationTestGroup : ICollectionFixture<RevocationFixture>
{
    public const string Name = "Revocation";
}
