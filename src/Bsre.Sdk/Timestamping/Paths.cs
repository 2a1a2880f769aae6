using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Timestamping;

/// <summary>Certificate paths of timestamp tokens, for collecting their validation data.</summary>
internal static class Paths
{
    /// <summary>The TSA certificate followed by the token's other certificates, nearest issuer first.</summary>
    public static IReadOnlyList<X509Certificate2> Of(TimestampToken token)
    {
        X509Certificate2 tsa = token.TsaCertificate
            ?? throw new TimestampException(TimestampFailure.InvalidToken, "The timestamp token does not carry its TSA certificate, so its validation data cannot be collected.");
        return [tsa, .. new SignerCertificates(tsa, token.Certificates).Chain];
    }
}
