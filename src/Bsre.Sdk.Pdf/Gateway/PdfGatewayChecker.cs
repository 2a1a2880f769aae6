using Bsre.Sdk.Client;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf;

/// <summary>
/// The checks on both sides of BSrE's gateway, for <see cref="BsreClientOptions.DocumentChecker"/>. Before: the SDK's
/// strict parser, encryption, page boxes and /Rotate, the anchor text present exactly once, and the size, so a PDF the
/// gateway's iText 5 would refuse with "Rebuild failed" fails first with <see cref="BsreErrorCode.InvalidDocument"/>
/// naming the problem (inner <see cref="PdfPreflightException"/>). After: the returned PDF validated with
/// <see cref="PadesValidator"/> (signature intact, chain to the anchors, timestamp, LTV data: what the public verifier
/// reports), attached as <see cref="SignedDocument.LocalValidation"/>.
/// </summary>
/// <example>
/// <code>
/// services.AddBsreClient(configuration.GetSection("Bsre"));
/// services.AddBsrePdfChecks(checks => checks.Validation = new SignatureValidationOptions { TrustAnchors = { bsreRoot } });
/// </code>
/// </example>
public sealed class PdfGatewayChecker : IGatewayDocumentChecker
{
    private readonly PdfGatewayCheckOptions _options;
    private readonly HttpClient? _httpClient;

    /// <summary>Creates the checker.</summary>
    /// <param name="options">What to check; defaults (pre-flight only) when <see langword="null"/>.</param>
    /// <param name="httpClient">The client for the validation's OCSP, CRL and AIA fetches; <see langword="null"/> for the shared one.</param>
    public PdfGatewayChecker(PdfGatewayCheckOptions? options = null, HttpClient? httpClient = null)
    {
        _options = options ?? new PdfGatewayCheckOptions();
        _httpClient = httpClient;
    }

    /// <inheritdoc />
    public Task CheckBeforeSigningAsync(Stream document, string? anchorText, ReadOnlyMemory<char> pdfPassword, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!_options.CheckBeforeSigning)
        {
            return Task.CompletedTask;
        }

        try
        {
            PdfPreflight.Check(document, anchorText, pdfPassword, _options.MaxDocumentSize);
            return Task.CompletedTask;
        }
        catch (PdfPreflightException e)
        {
            throw new BsreException(BsreErrorCode.InvalidDocument, $"BSrE signing not sent: the PDF failed the pre-flight check: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public async Task<ValidationReport?> VerifySignedAsync(Stream document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _options.Validation is { } validation
            ? await new PadesValidator(validation, httpClient: _httpClient).ValidateAsync(document, cancellationToken: cancellationToken).ConfigureAwait(false)
            : null;
    }
}
