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
            return Failed(e.Message);
        }

        return report.Signatures.Count switch
        {
            1 => report.Signatures[0],
            0 => Failed("The CMS has no SignerInfo."),
            _ => Failed($"The CMS has {report.Signatures.Count} SignerInfos; a PDF signature has exactly one."),
        };
    }

    /// <summary>Turns <paramref name="result"/> into a failure with <paramref name="subIndication"/>, keeping its certificate and chain.</summary>
    public static SignatureValidationResult Failed(string id, SubIndication subIndication, SignatureValidationResult result) => new()
    {
        Id = id,
        Indication = ValidationIndication.TotalFailed,
        SubIndication = subIndication,
        SigningCertificate = result.SigningCertificate,
        SigningTime = result.SigningTime,
        TimestampTime = result.TimestampTime,
        Chain = result.Chain,
        Errors = result.Errors,
        Warnings = result.Warnings,
    };

    private static SignatureValidationResult Failed(string error) => new()
    {
        Id = "signature",
        Indication = ValidationIndication.TotalFailed,
        SubIndication = SubIndication.FormatFailure,
        Errors = [error],
    };
}
