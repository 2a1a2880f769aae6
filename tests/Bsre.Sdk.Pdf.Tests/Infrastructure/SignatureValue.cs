using System.Formats.Asn1;
using System.Security.Cryptography;
using UglyToad.PdfPig.Tokens;

namespace Bsre.Sdk.Pdf.Tests.Infrastructure;

/// <summary>One signature dictionary as PdfPig sees it.</summary>
internal sealed record SignatureValue(string FieldName, string? SubFilter, long[] ByteRange, byte[] Contents, DictionaryToken Dictionary)
{
    /// <summary>Gets /Contents without its zero padding (the DER object only).</summary>
    public byte[] ContentsDer
    {
        get
        {
            AsnDecoder.ReadEncodedValue(Contents, AsnEncodingRules.BER, out _, out _, out int consumed);
            return Contents[..consumed];
        }
    }

    public byte[] Digest(byte[] file, HashAlgorithmName algorithm)
    {
        using var hash = IncrementalHash.CreateHash(algorithm);
        hash.AppendData(file, (int)ByteRange[0], (int)ByteRange[1]);
        hash.AppendData(file, (int)ByteRange[2], (int)ByteRange[3]);
        return hash.GetHashAndReset();
    }
}
