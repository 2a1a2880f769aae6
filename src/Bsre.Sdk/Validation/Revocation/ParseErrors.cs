using System.Formats.Asn1;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// The exceptions BouncyCastle, System.Formats.Asn1 and certificate loading throw for malformed input (bad tags, lengths,
/// values; BouncyCastle also dereferences absent mandatory fields), so that hostile bytes give a typed error, not a crash.
/// </summary>
internal static class ParseErrors
{
    /// <summary>Returns whether <paramref name="e"/> means "malformed input" rather than a bug or a cancellation.</summary>
    public static bool Is(Exception e)
        => e is AsnContentException or IOException or ArgumentException or InvalidCastException or InvalidOperationException
            or FormatException or OverflowException or IndexOutOfRangeException or NullReferenceException
            or System.Security.Cryptography.CryptographicException;

    /// <summary>Wraps a parse error into <see cref="RevocationFailure.Malformed"/>.</summary>
    public static RevocationException Malformed(string what, Exception e)
        => new(RevocationFailure.Malformed, $"The {what} is malformed: {e.Message}", e);
}
