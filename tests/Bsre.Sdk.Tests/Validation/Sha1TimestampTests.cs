using System.Security.Cryptography;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Tests.Validation;

/// <summary>
/// A timestamp whose message imprint is a SHA-1 digest (from a TSA that still accepts SHA-1) is judged by the
/// cryptographic policy like any other use of the algorithm: INDETERMINATE CRYPTO_CONSTRAINTS_FAILURE_NO_POE by default
/// (ETSI TS 119 312: SHA-1 retired), TOTAL_PASSED under a policy that still accepts it.
/// </summary>
[Collection(PkiTestGroup.Name)]
public sealed class Sha1TimestampTests(PkiFixture fixture)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_timestamp_over_a_SHA_1_imprint_is_judged_by_the_policy(bool policyAcceptsSha1)
    {
        byte[] data = Cades.Content(1000);
        await using var tsa = await TimestampAuthorityServer.StartAsync(fixture.Pki.Tsa, fixture.Pki.Chain, new TimestampAuthorityOptions { AcceptSha1Imprint = true });
#pragma warning disable CA5350 // the imprint is SHA-1 on purpose: the policy must judge it
        TimestampToken token = await fixture.TimestampClient(tsa.Url).RequestAsync(SHA1.HashData(data), HashAlgorithmName.SHA1);
#pragma warning restore CA5350
        var options = fixture.TrustRoot();
        if (policyAcceptsSha1)
        {
            options.CryptographicPolicy.DigestAlgorithms[HashAlgorithmName.SHA1] = null;
        }

        SignatureValidationResult result = await new TimestampValidator(options).ValidateAsync(token.RawData, new MemoryStream(data));

        Assert.Equal(HashAlgorithmName.SHA1, token.HashAlgorithm);
        if (policyAcceptsSha1)
        {
            Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
        }
        else
        {
            Assert.True((result.Indication, result.SubIndication) == (ValidationIndication.Indeterminate, SubIndication.CryptoConstraintsFailureNoPoe), Cades.Describe(result));
            Assert.Contains(result.Findings, f => f.Code == FindingCodes.CryptoConstraintsNotMet && f.Message.Contains("SHA1", StringComparison.Ordinal));
        }
    }
}
