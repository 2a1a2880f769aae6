using Bsre.Sdk.Client;

namespace Bsre.Sdk;

/// <content>The optional checks before and after the gateway (<see cref="BsreClientOptions.DocumentChecker"/>).</content>
public partial class BsreClient
{
    /// <summary>Runs the pre-flight check on a document; a forward-only stream is first copied to a temporary file (returned, owned by the caller).</summary>
    private async Task<Stream> CheckBeforeSigningAsync(Stream document, string? anchorText, string? pdfPassword, List<IAsyncDisposable> owned, CancellationToken cancellationToken)
    {
        if (_options.DocumentChecker is not { } checker)
        {
            return document;
        }

        Stream seekable = document;
        if (!document.CanSeek)
        {
            seekable = await SpoolAsync(document, cancellationToken).ConfigureAwait(false);
            owned.Add(seekable);
        }

        long start = seekable.Position;
        await checker.CheckBeforeSigningAsync(seekable, anchorText, pdfPassword.AsMemory(), cancellationToken).ConfigureAwait(false);
        seekable.Position = start;
        return seekable;
    }

    /// <summary>Validates a returned document and attaches the report; a streamed answer is first kept in a temporary file.</summary>
    private async Task<SignedDocument> VerifySignedAsync(SignedDocument signed, CancellationToken cancellationToken)
    {
        if (_options.DocumentChecker is not { } checker)
        {
            return signed;
        }

        SignedDocument result = signed;
        if (!signed.Content.CanSeek)
        {
            await using (signed.ConfigureAwait(false))
            {
                result = new SignedDocument(await SpoolAsync(signed.Content, cancellationToken).ConfigureAwait(false), signed.DocumentId);
            }
        }

        long start = result.Content.Position;
        result.LocalValidation = await checker.VerifySignedAsync(result.Content, cancellationToken).ConfigureAwait(false);
        result.Content.Position = start;
        return result;
    }

    private static async Task<FileStream> SpoolAsync(Stream source, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await source.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
