using System.Security.Cryptography;
using Bsre.Sdk.Internal;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>The adbe.pkcs7.sha1 binding (ISO 32000-1 §12.8.3.3.1): the CMS encapsulates the SHA-1 digest of the signed range.</summary>
internal static class Sha1SignedRange
{
    public static async Task<bool> MatchesAsync(Stream signedRange, byte[] encapsulated, CancellationToken cancellationToken)
    {
        byte[] digest = await StreamHasher.HashAsync(signedRange, HashAlgorithmName.SHA1, cancellationToken).ConfigureAwait(false);
        return CryptographicOperations.FixedTimeEquals(digest, encapsulated);
    }
}
