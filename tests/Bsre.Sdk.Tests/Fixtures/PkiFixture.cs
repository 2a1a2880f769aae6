using System.Security.Cryptography;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Tests.Fixtures;

/// <summary>
/// One test PKI per test run (key generation is RSA-heavy), its PEM files on disk for external tools, and a
/// well-behaved TSA with a fixed clock for B-T signatures. Shared through <see cref="PkiTestGroup"/>.
/// </summary>
public sealed class PkiFixture : IAsyncLifetime
{
    private readonly Lazy<TestPki> _otherPki = new(() => TestPki.Create());
    private TimestampAuthorityServer? _tsa;

    public PkiFixture()
    {
        Pki = TestPki.Create();
        Directory = System.IO.Directory.CreateTempSubdirectory("bsre-sdk-tests-").FullName;
        Pki.WriteTo(Directory);
        SigningTime = TruncateToSeconds(Pki.Now.AddMinutes(-10));
        TimestampTime = TruncateToSeconds(Pki.Now.AddMinutes(-5));
    }

    public TestPki Pki { get; }

    /// <summary>Gets another, unrelated PKI (generated on first use) whose root must not be trusted for <see cref="Pki"/>.</summary>
    public TestPki OtherPki => _otherPki.Value;

    /// <summary>Gets the folder with root.pem, intermediate.pem, chain.pem, … of <see cref="Pki"/>.</summary>
    public string Directory { get; }

    public string RootPem => Path.Combine(Directory, "root.pem");

    public string IntermediatePem => Path.Combine(Directory, "intermediate.pem");

    /// <summary>Gets the signing-time that <see cref="Options"/> puts into signatures.</summary>
    public DateTimeOffset SigningTime { get; }

    /// <summary>Gets the genTime of every token of <see cref="TimestampServer"/>.</summary>
    public DateTimeOffset TimestampTime { get; }

    public HttpClient Http { get; } = new();

    public TimestampAuthorityServer TimestampServer => _tsa ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
        => _tsa = await TimestampAuthorityServer.StartAsync(
            Pki.Tsa, Pki.Chain, new TimestampAuthorityOptions { TimeProvider = new FixedTimeProvider(TimestampTime) });

    public async Task DisposeAsync()
    {
        if (_tsa is not null)
        {
            await _tsa.DisposeAsync();
        }

        Http.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    /// <summary>Creates a unique scratch folder inside <see cref="Directory"/>.</summary>
    public string NewWorkDirectory() => System.IO.Directory.CreateDirectory(Path.Combine(Directory, Guid.NewGuid().ToString("N"))).FullName;

    public TestIdentity Identity(string name) => Pki.Leaves.Single(l => l.Name == name);

    public static LocalSigner SignerFor(TestIdentity identity) => LocalSigner.FromPkcs12(identity.Pkcs12, identity.Password);

    public TimestampClient TimestampClient(Uri? url = null, TimeSpan? timeout = null)
        => new(Http, new TimestampClientOptions { Url = url ?? TimestampServer.Url, Timeout = timeout ?? TimeSpan.FromSeconds(30) });

    /// <summary>Gets a clock stopped at <see cref="SigningTime"/>, for the signers' signing-time.</summary>
    public TimeProvider Clock => new FixedTimeProvider(SigningTime);

    /// <summary>Signature options with the fixture's TSA for B-T (sign with <see cref="Clock"/> for the fixed <see cref="SigningTime"/>).</summary>
    public CadesSignatureOptions Options(string hash = "SHA256", bool pss = false, bool timestamp = false) => new()
    {
        HashAlgorithm = new HashAlgorithmName(hash),
        SignatureScheme = pss ? SignatureScheme.RsaPss : null,
        Level = timestamp ? SignatureLevel.BaselineT : SignatureLevel.BaselineB,
        TimestampClient = timestamp ? TimestampClient() : null,
    };

    /// <summary>Offline validation options trusting only this PKI's root, with its CRLs as the revocation evidence.</summary>
    public SignatureValidationOptions TrustRoot()
    {
        var options = Trust(Pki.Root);
        options.Crls.Add(Pki.IntermediateCrl);
        options.Crls.Add(Pki.RootCrl);
        return options;
    }

    public static SignatureValidationOptions Trust(TestIdentity anchor)
    {
        var options = new SignatureValidationOptions { Offline = true };
        options.TrustAnchors.Add(anchor.Certificate);
        return options;
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time)
        => new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}

/// <summary>The test classes that share one <see cref="PkiFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PkiTestGroup : ICollectionFixture<PkiFixture>
{
    public const string Name = "Test PKI";
}
