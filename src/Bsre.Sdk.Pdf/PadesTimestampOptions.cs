using System.Security.Cryptography;

namespace Bsre.Sdk.Pdf;

/// <summary>How a <see cref="PadesTimestamper"/> adds a document timestamp.</summary>
public sealed class PadesTimestampOptions
{
    /// <summary>Gets or sets the (invisible) field that holds the timestamp.</summary>
    /// <value>Default <see langword="null"/>: the first empty signature field, else a new <c>SignatureN</c>.</value>
    public string? FieldName { get; set; }

    /// <summary>Gets or sets the user or owner password of an encrypted input PDF; never logged.</summary>
    /// <value>Default empty: the empty user password, which opens owner-restricted files. The caller owns the buffer and may clear it afterwards.</value>
    public ReadOnlyMemory<char> PdfPassword { get; set; }

    /// <summary>Gets or sets the digest algorithm of the message imprint.</summary>
    /// <value>Default SHA-256.</value>
    public HashAlgorithmName HashAlgorithm { get; set; } = HashAlgorithmName.SHA256;

    /// <summary>
    /// Gets or sets the /Contents placeholder size in bytes; <see langword="null"/> reserves the largest token this process
    /// has had from the TSA's URL plus 1 KiB, or 12 KiB before the first. The TSA is asked once: a larger token is a
    /// <see cref="DocumentLimitException"/> naming this option, nothing is written, and the token's size is remembered.
    /// </summary>
    public int? ContentsSize { get; set; }
}
