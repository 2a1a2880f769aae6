using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>Combines the CMS result with the structural findings, the modification verdict and the PAdES level into the reported result.</summary>
internal static class ResultAssembler
{
    private const string CadesBaselineRemark = "The signature lacks signing-certificate-v2 or signing-time";

    public static SignatureValidationResult Assemble(
        InspectedSignature signature, SignatureValidationResult crypto, ModificationVerdict modifications, string? level, long fileLength)
    {
        var errors = new List<string>(crypto.Errors);
        errors.AddRange(signature.Errors);
        errors.AddRange(modifications.Errors);
        var warnings = crypto.Warnings.Where(w => !w.StartsWith(CadesBaselineRemark, StringComparison.Ordinal)).Concat(modifications.Warnings).ToList();
        bool structural = signature.Errors.Count > 0 || modifications.Errors.Count > 0;
        var (indication, sub) = structural && crypto.Indication != ValidationIndication.TotalFailed
            ? (ValidationIndication.TotalFailed, SubIndication.FormatFailure)
            : (crypto.Indication, crypto.SubIndication);
        bool timestamp = signature.Entry.IsDocumentTimestamp;
        return new SignatureValidationResult
        {
            Id = signature.Entry.FieldName,
            Kind = timestamp ? SignatureKind.DocumentTimestamp : SignatureKind.Signature,
            Indication = indication,
            SubIndication = sub,
            Level = indication == ValidationIndication.TotalFailed || timestamp ? null : level,
            SigningCertificate = crypto.SigningCertificate,
            SigningTime = timestamp ? crypto.SigningTime : crypto.SigningTime ?? PdfDateParser.Parse(signature.Entry.Dictionary["M"]),
            TimestampTime = crypto.TimestampTime,
            CoversWholeDocument = signature.CoversWholeDocument(fileLength),
            Modifications = modifications.Word,
            SignedRevision = signature.RevisionIndex >= 0 ? signature.RevisionIndex + 1 : null,
            LaterRevisions = modifications.Revisions,
            Chain = crypto.Chain,
            Errors = errors,
            Warnings = warnings,
        };
    }
}
