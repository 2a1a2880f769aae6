using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>Our result for one corpus file, reduced to what the manifest states, and the comparison with it.</summary>
internal sealed record CorpusVerdict(ValidationReport? Report, string? Error)
{
    public string Summary => Error is not null
        ? "error: " + Error[..Math.Min(Error.Length, 90)]
        : Report!.Signatures.Count == 0
            ? "NO_SIGNATURE"
            : string.Join(" | ", Report.Signatures.Select(s =>
                $"{Word(s.Indication)}{(s.SubIndication is { } sub ? "/" + sub : string.Empty)} mod={s.Modifications ?? "-"}{FirstError(s)}"));

    /// <summary>Compares with the manifest's outcome, by its leading words.</summary>
    public bool Agrees(string expected)
    {
        var signatures = Report?.Signatures ?? [];
        bool anyFailed = signatures.Any(s => s.Indication == ValidationIndication.TotalFailed);
        bool noneFailed = signatures.Count > 0 && !anyFailed;
        string e = expected.ToUpperInvariant();
        return e switch
        {
            _ when e.StartsWith("NO SIGNATURE FOUND", StringComparison.Ordinal) => Error is null && signatures.Count == 0,
            _ when e.StartsWith("UNSIGNED, ENCRYPTED", StringComparison.Ordinal) => (Error is null && signatures.Count == 0) || (Error?.Contains("ncrypt", StringComparison.Ordinal) ?? false),
            _ when e.StartsWith("UNSIGNED", StringComparison.Ordinal) || e.StartsWith("PARSE OK", StringComparison.Ordinal)
                || e.StartsWith("PARSE (", StringComparison.Ordinal) || e.StartsWith("PARSE:", StringComparison.Ordinal) => Error is null && signatures.Count == 0,
            _ when e.StartsWith("PARSE/DECRYPT OK", StringComparison.Ordinal) => Error is null,
            _ when e.StartsWith("PARSE ERROR", StringComparison.Ordinal) || e.StartsWith("DECRYPT ERROR", StringComparison.Ordinal) => Error is not null,
            _ when e.StartsWith("DISALLOWED CHANGE", StringComparison.Ordinal) => signatures.Count > 0 && signatures[0].Modifications == "other" && anyFailed,
            _ when e.StartsWith("ALLOWED CHANGE", StringComparison.Ordinal) || e.StartsWith("VALID, ALLOWED", StringComparison.Ordinal)
                => noneFailed && signatures[0].Modifications == "form-filling",
            _ when e.StartsWith("MIXED", StringComparison.Ordinal) => anyFailed && signatures.Any(s => s.Indication != ValidationIndication.TotalFailed),
            _ when e.StartsWith("INVALID", StringComparison.Ordinal) || e.StartsWith("ATTACK DETECTED", StringComparison.Ordinal)
                || e.StartsWith("NONSTANDARD COVERAGE", StringComparison.Ordinal) || e.StartsWith("MODIFIED AFTER SIGNING", StringComparison.Ordinal)
                || e.StartsWith("DSS REPORTS INVALID", StringComparison.Ordinal) => anyFailed,
            _ when e.StartsWith("INDETERMINATE", StringComparison.Ordinal) || e.StartsWith("SIGNING CERTIFICATE EXPIRED", StringComparison.Ordinal)
                => signatures.Count > 0 && signatures.All(s => s.Indication == ValidationIndication.Indeterminate),
            _ when e.StartsWith("VALID", StringComparison.Ordinal) || e.StartsWith("T- AND A-LEVEL", StringComparison.Ordinal) => noneFailed,
            _ => false,
        };
    }

    /// <summary>Whether this verdict is one of external2's outcomes: INTACT, TAMPERED, MODIFIED_OK, NO_SIGNATURE or PARSE_ERROR_OK.</summary>
    public bool Is(string outcome)
    {
        var signatures = Report?.Signatures ?? [];
        bool noneFailed = Error is null && signatures.Count > 0 && signatures.All(s => s.Indication != ValidationIndication.TotalFailed);
        return outcome switch
        {
            "INTACT" or "MODIFIED_OK" => noneFailed,
            "TAMPERED" => Error is not null || signatures.Any(s => s.Indication == ValidationIndication.TotalFailed),
            "NO_SIGNATURE" => Error is null && signatures.Count == 0,
            "PARSE_ERROR_OK" => Error is not null,
            _ => false,
        };
    }

    private static string FirstError(SignatureValidationResult signature)
        => signature.Indication == ValidationIndication.TotalFailed && signature.Errors.Count > 0
            ? $" ({signature.Errors[^1][..Math.Min(signature.Errors[^1].Length, 160)]})"
            : string.Empty;

    private static string Word(ValidationIndication indication) => indication switch
    {
        ValidationIndication.TotalPassed => "PASSED",
        ValidationIndication.TotalFailed => "FAILED",
        _ => "INDETERMINATE",
    };
}
