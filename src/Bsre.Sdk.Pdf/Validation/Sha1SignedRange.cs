using System.Security.Cryptography;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>The adbe.pkcs7.sha1 binding (ISO 32000-1 §12.8.3.3.1): the CMS encapsulates the SHA-1 digest of the signed range.</summary>
internal static class Sha1SignedRange
{
    public static async Task<bool> MatchesAsync(Stream signedRange, ReadOnlyMemory<byte> encapsulated, CancellationToken cancellationToken)
    {
#pragma warning disable CA5350 // adbe.pkcs7.sha1 is defined over SHA-1; the cryptographic policy then judges it (PadesValidator).
        byte[] digest = await SHA1.HashDataAsync(signedRange, cancellationToken).ConfigureAwait(false);
#pragma warning restore CA5350
        return CryptographicOperations.FixedTimeEquals(digest, encapsulated.Span);
    }
}
