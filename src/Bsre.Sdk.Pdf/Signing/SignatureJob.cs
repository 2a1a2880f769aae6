using System.Security.Cryptography;
using Bsre.Sdk.Pdf.Placement;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>Everything the engine needs to add one signature or document timestamp.</summary>
internal sealed class SignatureJob
{
    /// <summary>Gets the signature dictionary's entries apart from /ByteRange and /Contents.</summary>
    public required PdfDictionary Entries { get; init; }

    /// <summary>Gets the maker of the field request from the input's page geometry (read only for a visible signature or notice).</summary>
    public required Func<IPageGeometry, SignatureFieldRequest> Field { get; init; }

    public required HashAlgorithmName HashAlgorithm { get; init; }

    /// <summary>Gets the password of an encrypted input (empty: the empty user password).</summary>
    public ReadOnlyMemory<char> PdfPassword { get; init; }

    /// <summary>Gets the first /Contents capacity to try, in bytes.</summary>
    public required int EstimatedSize { get; init; }

    /// <summary>Gets the maker of the /Contents value (a CMS or a timestamp token) from the ByteRange digest.</summary>
    public Func<byte[], CancellationToken, Task<byte[]>>? CreateContents { get; init; }

    /// <summary>Gets further edits in the same revision (e.g. the catalog's /Perms for a certification signature).</summary>
    public Action<IncrementalUpdate, PdfReference>? Extra { get; init; }
}
