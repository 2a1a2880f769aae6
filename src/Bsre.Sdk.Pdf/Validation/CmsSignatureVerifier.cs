using Bsre.Sdk.Cms;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// The CMS check of a PDF signature through the core's <see cref="CadesValidator"/>, over the streamed /ByteRange, from
/// the CMS decoded once (<see cref="InspectedSignature.Signature"/>). A SignerInfo without signed attributes is checked
/// as legacy PKCS#7 (ETSI EN 319 142-2), whatever the /SubFilter: the PAdES level then says it is no baseline signature.
/// </summary>
internal static class CmsSignatureVerifier
{
    /// <param name="cms">The decoded CMS from /Contents.</param>
    /// <param name="subFilter">The signature's /SubFilter: the PKCS#7 profile (adbe.pkcs7.*) accepts signed attributes as received.</param>
    /// <param name="signedContent">The signed range, streamed; <see langword="null"/> when the CMS encapsulates what it signs (adbe.pkcs7.sha1).</param>
    /// <param name="options">The validation options: their validation time is the time validated at.</param>
    /// <param name="http">The client for fetches.</param>
    /// <param name="clock">The validator's clock.</param>
    /// <param name="cache">The validator's revocation cache.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public static async Task<SignatureValidationResult> VerifyAsync(
        CmsSignature cms, string? subFilter, Stream? signedContent, SignatureValidationOptions options, HttpClient? http, TimeProvider clock, RevocationCache? cache, CancellationToken cancellationToken)
    {
        var validator = new CadesValidator(options, http, clock, cache)
        {
            AcceptSignedAttributesAsReceived = subFilter?.StartsWith("adbe.pkcs7.", StringComparison.Ordinal) == true,
            AcceptMissingSignedAttributes = true,
        };
        ValidationReport report = await validator.ValidateAsync(cms, signedContent, cancellationToken).ConfigureAwait(false);
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
