namespace Bsre.Sdk.Client;

/// <summary>
/// A signed PDF returned by the gateway. For streamed answers (v1 <c>BYTE</c>, download) <see cref="Content"/> is the
/// network stream, readable once; dispose the document to release the connection.
/// </summary>
public sealed class SignedDocument : IDisposable, IAsyncDisposable
{
    private readonly IDisposable? _owner;

    /// <summary>Creates a document (for tests and mocks).</summary>
    /// <param name="content">The signed PDF.</param>
    /// <param name="documentId">The gateway's document id, if any.</param>
    public SignedDocument(Stream content, string? documentId = null)
        : this(content, documentId, null)
    {
    }

    internal SignedDocument(Stream content, string? documentId, IDisposable? owner)
    {
        ArgumentNullException.ThrowIfNull(content);
        Content = content;
        DocumentId = documentId;
        _owner = owner;
    }

    /// <summary>Gets the signed PDF, starting with <c>%PDF-</c>.</summary>
    public Stream Content { get; }

    /// <summary>Gets the gateway's document id (<c>id_dokumen</c>, v1 only), for <see cref="BsreClient.DownloadV1Async"/>.</summary>
    public string? DocumentId { get; }

    /// <summary>
    /// Gets the local validation of this document (signature intact, chain to the configured anchors, timestamp, LTV
    /// data), made when <see cref="BsreClientOptions.DocumentChecker"/> validates outputs; otherwise <see langword="null"/>.
    /// </summary>
    public Bsre.Sdk.Validation.ValidationReport? LocalValidation { get; internal set; }

    /// <summary>Copies the PDF to <paramref name="destination"/>.</summary>
    /// <param name="destination">Where to write it.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    public Task CopyToAsync(Stream destination, CancellationToken cancellationToken = default) => Content.CopyToAsync(destination, cancellationToken);

    /// <summary>Reads the whole PDF into an array.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<byte[]> ToArrayAsync(CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await Content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Content.Dispose();
        _owner?.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        _owner?.Dispose();
    }
}
