using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Timestamping;

namespace Bsre.Sdk.Pdf;

/// <summary>How a <see cref="PadesExtender"/> raises a signed PDF: the level to reach, the TSA, chain material and the PDF's password.</summary>
public sealed class PadesExtensionOptions
{
    /// <summary>Gets or sets the level to reach: <see cref="SignatureLevel.BaselineLT"/> or <see cref="SignatureLevel.BaselineLTA"/>.</summary>
    /// <value>Default <see cref="SignatureLevel.BaselineLT"/>. B-LTA needs <see cref="TimestampClient"/>.</value>
    public SignatureLevel Level { get; set; } = SignatureLevel.BaselineLT;

    /// <summary>Gets or sets the TSA for B-LTA's document timestamp; not used for B-LT.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public TimestampClient? TimestampClient { get; set; }

    /// <summary>Gets extra certificates for building chains: trust anchors and intermediates not embedded in the signatures.</summary>
    public IList<X509Certificate2> ExtraCertificates { get; } = [];

    /// <summary>Gets or sets the user or owner password of an encrypted input PDF; never logged.</summary>
    /// <value>Default empty: the empty user password, which opens owner-restricted files. The caller owns the buffer and may clear it afterwards.</value>
    public ReadOnlyMemory<char> PdfPassword { get; set; }
}
