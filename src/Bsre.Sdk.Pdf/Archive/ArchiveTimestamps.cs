using Bsre.Sdk.Cms;
using Bsre.Sdk.Pdf.Ltv;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Archive;

/// <summary>The timestamps a PDF carries (document timestamps and the signature timestamps of its signatures) and until when the newest protects it.</summary>
internal static class ArchiveTimestamps
{
    private const string TstInfo = "1.2.840.113549.1.9.16.1.4";

    /// <summary>Reads the document's signed fields; <see langword="null"/> when it has none.</summary>
    public static (TimestampToken? Newest, int Signatures)? Scan(Stream pdf)
    {
        PdfFile file = PdfFile.Open(pdf);
        IReadOnlyList<ScannedSignature> signatures = SignatureScanner.Scan(file);
        if (signatures.Count == 0)
        {
            return null;
        }

        TimestampToken? newest = null;
        foreach (TimestampToken token in signatures.SelectMany(s => Tokens(s.Cms)))
        {
            if (newest is null || token.GenerationTime >= newest.GenerationTime)
            {
                newest = token;
            }
        }

        return (newest, signatures.Count);
    }

    /// <summary>The end of a timestamp's protection: its TSA certificate's expiry, or earlier if the policy stops accepting its algorithms; <see langword="null"/> when the TSA certificate is not embedded.</summary>
    public static DateTimeOffset? ProtectedUntil(TimestampToken token, CryptographicPolicy policy)
    {
        if (token.TsaCertificate is not { } tsa)
        {
            return null;
        }

        var expiry = new DateTimeOffset(tsa.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        return policy.AcceptedUntil(token) is { } sunset && sunset < expiry ? sunset : expiry;
    }

    private static IEnumerable<TimestampToken> Tokens(byte[] cms)
    {
        CmsSignature signed = CmsSignature.Decode(cms);
        return signed.ContentType.Value == TstInfo
            ? [TimestampToken.Decode(cms)]
            : signed.Signers.SelectMany(s => s.TimestampTokens).Select(TimestampToken.Decode);
    }
}
