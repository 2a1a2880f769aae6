using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf;

/// <summary>Settings of a <see cref="PadesArchiveRenewer"/>.</summary>
public sealed class PadesArchiveRenewalOptions
{
    /// <summary>Gets or sets the renewal window: a document is renewed when its newest timestamp's protection ends within it.</summary>
    /// <value>Default 90 days.</value>
    public TimeSpan RenewWithin { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// Gets or sets the directory renewed documents are written to under the same name; an existing file there is an
    /// error. <see langword="null"/> renews in place: the new file (original bytes plus the appended revisions) is written
    /// beside the document and atomically renamed over it, so a reader sees the old or the new file, never a partial one.
    /// </summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? OutputDirectory { get; set; }

    /// <summary>
    /// Gets or sets the cryptographic policy whose sunsets end a timestamp's protection (the same one validation judges
    /// by, see <see cref="SignatureValidationOptions.CryptographicPolicy"/>).
    /// </summary>
    /// <value>Default: <see cref="CryptographicPolicy.CreateDefault"/>.</value>
    public CryptographicPolicy CryptographicPolicy { get; set; } = CryptographicPolicy.CreateDefault();

    /// <summary>Gets extra certificates for building the chains the validation data is gathered for (trust anchors, intermediates not embedded).</summary>
    public IList<X509Certificate2> ExtraCertificates { get; } = [];
}
