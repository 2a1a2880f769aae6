namespace Bsre.Sdk.Validation;

/// <summary>The validation outcome of every signature in a file.</summary>
public sealed class ValidationReport
{
    /// <summary>Creates the report.</summary>
    /// <param name="signatures">One result per signature or document timestamp.</param>
    /// <param name="fileName">The validated file's name, if known.</param>
    public ValidationReport(IReadOnlyList<SignatureValidationResult> signatures, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        Signatures = signatures;
        FileName = fileName;
    }

    /// <summary>Gets the validated file's name, if known.</summary>
    public string? FileName { get; }

    /// <summary>Gets one result per signature or document timestamp.</summary>
    public IReadOnlyList<SignatureValidationResult> Signatures { get; }

    /// <summary>
    /// Gets the overall indication: TOTAL_FAILED if any signature failed, else INDETERMINATE if any
    /// is indeterminate, else TOTAL_PASSED; <see langword="null"/> when the file has no signature.
    /// </summary>
    public ValidationIndication? Indication => Signatures.Count == 0
        ? null
        : Signatures.Max(s => s.Indication switch
        {
            ValidationIndication.TotalFailed => 2,
            ValidationIndication.Indeterminate => 1,
            _ => 0,
        }) switch
        {
            2 => ValidationIndication.TotalFailed,
            1 => ValidationIndication.Indeterminate,
            _ => ValidationIndication.TotalPassed,
        };

    /// <summary>Writes the report as JSON in the shape of the <c>bsre ... verify --json</c> contract.</summary>
    /// <param name="output">Where to write UTF-8 JSON.</param>
    public void WriteJson(Stream output) => ValidationReportJson.Write(this, output);

    /// <summary>
    /// Writes the report as JSON (the shape of <see cref="WriteJson"/>) with asynchronous writes only, as an ASP.NET Core
    /// response body requires (it refuses synchronous I/O by default).
    /// </summary>
    /// <param name="output">Where to write UTF-8 JSON.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the JSON is written and flushed.</returns>
    public Task WriteJsonAsync(Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        return ValidationReportJson.WriteAsync(this, output, cancellationToken);
    }
}
