using System.Security.Cryptography;

namespace Bsre.Sdk.Testing;

/// <summary>Options for <see cref="TimestampAuthorityServer.StartAsync(TestIdentity, IEnumerable{System.Security.Cryptography.X509Certificates.X509Certificate2}, TimestampAuthorityOptions, CancellationToken)"/>.</summary>
public sealed class TimestampAuthorityOptions
{
    /// <summary>The initial behavior; can be changed later through <see cref="TimestampAuthorityServer.Behavior"/>.</summary>
    public TimestampAuthorityBehavior Behavior { get; init; } = TimestampAuthorityBehavior.Normal;

    /// <summary>Clock for the tokens' genTime. Defaults to <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How long <see cref="TimestampAuthorityBehavior.Slow"/> waits. Defaults to 30 seconds.</summary>
    public TimeSpan SlowDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>TSA policy written into every TSTInfo. Defaults to <see cref="TimestampAuthorityServer.DefaultPolicyOid"/>.</summary>
    public Oid PolicyOid { get; init; } = new(TimestampAuthorityServer.DefaultPolicyOid);

    /// <summary>
    /// Signer for <see cref="TimestampAuthorityBehavior.NotTsaCertificate"/>, e.g. <see cref="TestPki.SignerRsa"/>
    /// (chains to the trusted root but has no timeStamping EKU). When <see langword="null"/>, a self-signed
    /// certificate without EKU is generated.
    /// </summary>
    public TestIdentity? NotTsaSigner { get; init; }

    /// <summary>
    /// Gets whether SHA-1 message imprints are accepted, as TSAs did before SHA-1 was retired: the tokens a
    /// cryptographic policy must judge (ETSI TS 119 312). Default <see langword="false"/>: SHA-256, SHA-384 and SHA-512 only.
    /// </summary>
    public bool AcceptSha1Imprint { get; init; }
}
