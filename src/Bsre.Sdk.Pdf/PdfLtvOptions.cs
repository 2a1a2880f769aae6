using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Pdf;

/// <summary>How validation data (certificates, OCSP responses, CRLs) is gathered for PAdES B-LT and B-LTA.</summary>
public sealed class PdfLtvOptions
{
    /// <summary>Gets extra certificates for building chains: trust anchors and intermediates not embedded in the signatures.</summary>
    public IList<X509Certificate2> Certificates { get; } = [];

    /// <summary>Gets or sets the HTTP client for OCSP and CRL requests.</summary>
    /// <value>Default <see langword="null"/>: the SDK's shared client.</value>
    public HttpClient? HttpClient { get; set; }

    /// <summary>Gets or sets the user or owner password of an encrypted input PDF; never logged.</summary>
    /// <value>Default empty: the empty user password, which opens owner-restricted files. The caller owns the buffer and may clear it afterwards.</value>
    public ReadOnlyMemory<char> PdfPassword { get; set; }

    /// <summary>Gets or sets the clock that OCSP responses and CRLs are checked against when extending with <see cref="PdfLtvExtender"/> (signing uses <see cref="PadesSignatureOptions.TimeProvider"/>).</summary>
    /// <value>Default <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
