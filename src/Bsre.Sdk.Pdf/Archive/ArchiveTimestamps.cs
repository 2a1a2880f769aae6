using Bsre.Sdk.Pdf.Ltv;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;

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

    private static List<TimestampToken> Tokens(byte[] cms)
    {
        CmsSignedData signed;
        try
        {
            signed = new CmsSignedData(cms);
        }
        catch (Exception e) when (e is CmsException or ArgumentException or IOException or InvalidCastException)
        {
            throw new DocumentFormatException($"A signature's /Contents is not readable CMS: {e.Message}", e);
        }

        if (signed.SignedContentType.Id == TstInfo)
        {
            return [TimestampToken.Decode(cms)];
        }

        var tokens = new List<TimestampToken>();
        foreach (SignerInformation signer in signed.GetSignerInfos().GetSigners())
        {
            foreach (Org.BouncyCastle.Asn1.Cms.Attribute attribute in signer.UnsignedAttributes?.GetAll(PkcsObjectIdentifiers.IdAASignatureTimeStampToken) ?? new Asn1EncodableVector())
            {
                tokens.AddRange(attribute.AttrValues.Cast<Asn1Encodable>().Select(value => TimestampToken.Decode(value.GetEncoded(Asn1Encodable.Der))));
            }
        }

        return tokens;
    }
}
