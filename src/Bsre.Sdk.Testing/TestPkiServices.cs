using Bsre.Sdk.Testing.Revocation;

namespace Bsre.Sdk.Testing;

/// <summary>
/// A <see cref="TestPki"/> with its services live on 127.0.0.1: OCSP, the intermediate CA certificate and CRLs at the
/// URLs its certificates name (AIA, CDP), and an RFC 3161 TSA. What <c>bsre demo</c>, the emulator and end-to-end tests run against.
/// </summary>
public sealed class TestPkiServices : IAsyncDisposable
{
    private TestPkiServices(TestPki pki, RevocationServer revocation, TestOcspResponder ocsp, TimestampAuthorityServer tsa)
    {
        Pki = pki;
        Revocation = revocation;
        Ocsp = ocsp;
        Tsa = tsa;
    }

    /// <summary>Gets the PKI, whose certificates point at <see cref="Revocation"/>.</summary>
    public TestPki Pki { get; }

    /// <summary>Gets the OCSP, caIssuers and CRL server.</summary>
    public RevocationServer Revocation { get; }

    /// <summary>Gets the OCSP responder behind <see cref="Revocation"/> (the revoked signer is listed).</summary>
    public TestOcspResponder Ocsp { get; }

    /// <summary>Gets the timestamp authority.</summary>
    public TimestampAuthorityServer Tsa { get; }

    /// <summary>Creates a PKI and starts its OCSP, CRL and TSA services.</summary>
    /// <param name="cancellationToken">Cancels the start-up.</param>
    /// <returns>The running services.</returns>
    public static async Task<TestPkiServices> StartAsync(CancellationToken cancellationToken = default)
    {
        RevocationServer revocation = await RevocationServer.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var pki = TestPki.Create(new TestPkiOptions { ServiceBaseUrl = revocation.BaseUrl });
            var services = new TestPkiServices(pki, revocation, new TestOcspResponder(pki), await TimestampAuthorityServer.StartAsync(pki.Tsa, pki.Chain, cancellationToken: cancellationToken).ConfigureAwait(false));
            services.ResetRevocation();
            return services;
        }
        catch
        {
            await revocation.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Back to a well-behaved OCSP responder, the PKI's own CRLs and intermediate certificate, counters at zero.</summary>
    public void ResetRevocation()
    {
        Revocation.Reset();
        Ocsp.Options = new TestOcspResponderOptions();
        Revocation.OcspHandler = request => Task.FromResult(Ocsp.Respond(request));
        Revocation.SetCrl("intermediate.crl", Pki.IntermediateCrl);
        Revocation.SetCrl("root.crl", Pki.RootCrl);
        Revocation.SetCertificate("intermediate.cer", Pki.Intermediate.Certificate.RawData);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Tsa.DisposeAsync().ConfigureAwait(false);
        await Revocation.DisposeAsync().ConfigureAwait(false);
    }
}
