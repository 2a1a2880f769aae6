using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>Combines the CMS result with the structural findings, the modification verdict, the covering document timestamps and the PAdES level into the reported result.</summary>
internal static class ResultAssembler
{
    public static SignatureValidationResult Assemble(
        InspectedSignature signature, SignatureValidationResult crypto, ModificationVerdict modifications, SignatureLevel? level, IEnumerable<TimestampValidationResult> covering, long fileLength)
    {
        bool timestamp = signature.Entry.IsDocumentTimestamp;
        var result = new ResultBuilder(signature.Entry.FieldName, crypto)
        {
            Kind = timestamp ? SignatureKind.DocumentTimestamp : SignatureKind.Signature,
            Format = timestamp || level is null ? null : SignatureFormat.Pades,
            Level = timestamp ? null : level,
            SigningTime = timestamp ? crypto.SigningTime : crypto.SigningTime ?? PdfDateParser.Parse(signature.Entry.Dictionary["M"]),
            CoversWholeDocument = signature.CoversWholeDocument(fileLength),
            Modifications = modifications.Level,
            SignedRevision = signature.RevisionIndex >= 0 ? signature.RevisionIndex + 1 : null,
            LaterRevisions = modifications.Revisions,
        };

        // CAdES baseline membership is judged by the PAdES level here.
        result.Findings.RemoveAll(f => f.Code == FindingCodes.NotBaseline);
        result.Timestamps.AddRange(covering);
        foreach (string error in signature.Errors)
        {
            result.Fail(ValidationIndication.TotalFailed, SubIndication.FormatFailure, FindingCodes.PdfStructureInvalid, error);
        }

        foreach (ValidationFinding error in modifications.Errors)
        {
            result.Fail(ValidationIndication.TotalFailed, SubIndication.FormatFailure, error.Code, error.Message);
        }

        foreach (ValidationFinding warning in modifications.Warnings)
        {
            result.Warn(warning.Code, warning.Message);
        }

        return result.Result;
    }
}
