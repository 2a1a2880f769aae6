using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>The CMS check of a PDF signature through the core's <see cref="CadesValidator"/>, over the streamed /ByteRange.</summary>
internal static class CmsSignatureVerifier
{
    public static async Task<SignatureValidationResult> VerifyAsync(byte[] cms, Stream signedContent, SignatureValidationOptions options, HttpClient? http, CancellationToken cancellationToken)
    {
        ValidationReport report;
        try
        {
            using var signature = new MemoryStream(cms, writable: false);
            report = await new CadesValidator(options, http).ValidateAsync(signature, signedContent, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentFormatException e) when (e is not DocumentLimitException)
        {
            return Unreadable(e.Message);
        }

        return report.Signatures.Count switch
        {
            1 => report.Signatures[0],
            0 => Unreadable("The CMS has no SignerInfo."),
            _ => Unreadable($"The CMS has {report.Signatures.Count} SignerInfos; a PDF signature has exactly one."),
        };
    }

    /// <summary>The result of a signature whose /Contents is not usable CMS.</summary>
    public static SignatureValidationResult Unreadable(string error)
        => new ResultBuilder("signature").Fail(ValidationIndication.TotalFailed, SubIndication.FormatFailure, FindingCodes.CmsUnreadable, error);
}
