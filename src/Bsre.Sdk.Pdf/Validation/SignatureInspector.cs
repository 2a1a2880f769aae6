using System.Formats.Asn1;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// The structural checks of one signature: strict /ByteRange, the /Contents gap, the signed revision, and
/// that the signature dictionary was not changed after signing (spoofed /Reason, /M, /ByteRange).
/// </summary>
internal static class SignatureInspector
{
    public static InspectedSignature Inspect(PdfDocumentContext context, PdfSignatureEntry entry)
    {
        var check = ByteRangeCheck.Read(entry.Dictionary, context.Final.Length);
        PdfFile? view = null;
        int revision = -1;
        PdfDictionary signed = entry.Dictionary;
        var errors = new List<string>();
        if (check.Segments is not null)
        {
            // the revision holding the signed range: exactly it when the range ends with a revision, else the one it cuts into
            long viewEnd = context.Revisions.FirstOrDefault(r => r.End >= check.SignedEnd, new PdfRevisionEnd(0, 0, context.Final.Length)).End;
            view = context.View(viewEnd);
            ContentsToken? contents = entry.DictionaryNumber < 0 ? null : ContentsLocator.Locate(view, entry.DictionaryNumber);
            revision = check.CheckGapAndRevision(contents, context.Revisions);
            if (entry.DictionaryNumber >= 0 && view.ResolveDictionary(new PdfReference(entry.DictionaryNumber, 0)) is { } original)
            {
                signed = original;
                if (!ObjectComparer.AreEqual(view, original, context.Final, entry.Dictionary, context.Limits))
                {
                    errors.Add("The signature dictionary was changed after signing (e.g. a spoofed /Reason, /M or /ByteRange).");
                }
            }
            else
            {
                errors.Add("The signature dictionary is not in the revision its /ByteRange claims to sign.");
            }
        }

        byte[]? cms = null;
        if (signed["Contents"] is not PdfString { Value.Length: > 0 } value)
        {
            errors.Add("The signature has no /Contents (universal signature forgery).");
        }
        else if (value.Value.Length > context.Limits.MaxContentsLength)
        {
            throw new DocumentLimitException(nameof(PdfLimits.MaxContentsLength), context.Limits.MaxContentsLength, $"a /Contents has {value.Value.Length} bytes");
        }
        else
        {
            cms = TrimPadding(value.Value);
            if (cms is null)
            {
                errors.Add("The /Contents is not a DER/BER object (empty or garbage signature).");
            }
        }

        var inspected = new InspectedSignature { Entry = entry, ByteRange = check, RevisionIndex = revision, SignedView = revision >= 0 ? view : null, Cms = cms };
        inspected.Errors.AddRange(check.Errors);
        inspected.Errors.AddRange(errors);
        return inspected;
    }

    private static byte[]? TrimPadding(byte[] contents)
    {
        try
        {
            AsnDecoder.ReadEncodedValue(contents, AsnEncodingRules.BER, out _, out _, out int consumed);
            return consumed > 2 ? contents[..consumed] : null;
        }
        catch (AsnContentException)
        {
            return null;
        }
    }
}
