using Bsre.Sdk.Testing;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>A PKI whose OCSP responder and CRL distribution point are on a closed port of 127.0.0.1.</summary>
public sealed class ResponderDownTests
{
    [Fact]
    public async Task Closed_port_makes_every_source_try_later()
    {
        TestPki pki = TestPki.Create(new TestPkiOptions { ServiceBaseUrl = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/") });
        using var http = new HttpClient();
        var options = new SignatureValidationOptions();
        options.Revocation.Timeout = TimeSpan.FromSeconds(5);

        RevocationCheckResult result = await new RevocationChecker(options, http, new RevocationCache()).CheckAsync(
            pki.SignerRsa.Certificate, pki.Intermediate.Certificate, DateTimeOffset.UtcNow, RevocationEvidence.Empty, CancellationToken.None);

        Assert.Equal(SubIndication.TryLater, result.Failure);
        Assert.Equal(RevocationStatus.Unknown, result.Info.Status);
        Assert.Contains(result.Errors, e => e.StartsWith("OCSP http", StringComparison.Ordinal) && e.Contains("could not be reached", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("CRL http", StringComparison.Ordinal) && e.Contains("could not be reached", StringComparison.Ordinal));
    }
}
