using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>One PDF signature found by its <c>/ByteRange</c>, with the SDK's CAdES validation of it.</summary>
internal sealed record PdfSignatureCheck(string FieldName, string? Reason, string? Location, bool CoversWholeDocument, SignatureValidationResult? Result, string? Error)
{
    public bool IntegrityValid => Result is not null && Result.SubIndication is not (SubIndication.HashFailure or SubIndication.SigCryptoFailure or SubIndication.FormatFailure);

    public bool Trusted => Result?.Indication == ValidationIndication.TotalPassed;
}
