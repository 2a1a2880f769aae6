using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Client;

/// <summary>
/// Checks documents on both sides of the gateway, for <see cref="BsreClientOptions.DocumentChecker"/>: before sending, a
/// PDF the gateway would refuse with an opaque error is refused here with a typed one; after signing, the returned PDF
/// is validated locally and the report attached (<see cref="SignedDocument.LocalValidation"/>).
/// </summary>
/// <remarks>
/// Bsre.Sdk has no PDF parser; Bsre.Sdk.Pdf implements this interface (<c>PdfGatewayChecker</c>), so the client
/// package keeps no dependency on the PDF package.
/// </remarks>
public interface IGatewayDocumentChecker
{
    /// <summary>Checks a PDF before it is sent to be signed or sealed.</summary>
    /// <param name="document">The PDF, seekable, at its start; the caller rewinds it afterwards.</param>
    /// <param name="anchorText">The anchor text (<c>tag_koordinat</c>) the gateway will place the signature on, or <see langword="null"/>.</param>
    /// <param name="pdfPassword">The password sent for an encrypted PDF (<see cref="SignatureProperties.PdfPassword"/>), or empty.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>A task that completes when the document passed.</returns>
    /// <exception cref="BsreException"><see cref="BsreErrorCode.InvalidDocument"/>, naming what is wrong.</exception>
    Task CheckBeforeSigningAsync(Stream document, string? anchorText, ReadOnlyMemory<char> pdfPassword, CancellationToken cancellationToken = default);

    /// <summary>Validates a signed PDF the gateway returned.</summary>
    /// <param name="document">The signed PDF, seekable, at its start; the caller rewinds it afterwards.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>The validation report, or <see langword="null"/> when this checker does not validate outputs.</returns>
    Task<ValidationReport?> VerifySignedAsync(Stream document, CancellationToken cancellationToken = default);
}
