using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>Damaged OCSP responses and CRLs give typed errors (<see cref="RevocationFailure.Malformed"/> or another failure), never a crash or a hang.</summary>
[Collection(RevocationTestGroup.Name)]
public sealed class MalformedEvidenceTests(RevocationFixture fixture)
{
    [Fact]
    public void Damaged_OCSP_responses_give_typed_errors()
    {
        byte[] good = fixture.Responder.CreateResponse(fixture.Pki.SignerRsa.Certificate);
        foreach ((string name, byte[] bytes) in MalformedDer.Variants(good))
        {
            var error = Record.Exception(() => OcspResponseVerifier.Verify(bytes, fixture.Pki.SignerRsa.Certificate, fixture.Issuer, DateTimeOffset.UtcNow, new RevocationOptions()));
            Assert.True(error is RevocationException, $"{name}: {error?.GetType().Name ?? "accepted"} {error?.Message}");
        }
    }

    [Fact]
    public void Damaged_CRLs_give_typed_errors()
    {
        foreach ((string name, byte[] bytes) in MalformedDer.Variants(fixture.Pki.IntermediateCrl))
        {
            var error = Record.Exception(() =>
            {
                ParsedCrl crl = CrlParser.Parse(bytes);
                CrlVerifier.Check(crl, [], fixture.Pki.SignerRsa.Certificate, fixture.Issuer, DateTimeOffset.UtcNow, new RevocationOptions());
            });
            Assert.True(error is RevocationException, $"{name}: {error?.GetType().Name ?? "accepted"} {error?.Message}");
        }
    }

    [Fact]
    public async Task Damaged_embedded_evidence_makes_the_check_indeterminate_without_throwing()
    {
        byte[] ocsp = fixture.Responder.CreateResponse(fixture.Pki.SignerRsa.Certificate);
        var all = MalformedDer.Variants(ocsp).Select(v => v.Bytes).ToList();
        var crls = MalformedDer.Variants(fixture.Pki.IntermediateCrl).Select(v => v.Bytes).ToList();

        RevocationCheckResult result = await fixture.CheckAsync(
            fixture.Pki.SignerRsa.Certificate, RevocationFixture.Options(offline: true), new RevocationEvidence(crls, all));

        Assert.Equal(SubIndication.TryLater, result.Failure);
        Assert.Contains(result.Errors, e => e.Contains("malformed", StringComparison.OrdinalIgnoreCase));
    }
}
