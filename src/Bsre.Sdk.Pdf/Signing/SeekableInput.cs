namespace Bsre.Sdk.Pdf.Signing;

/// <summary>A seekable view of the input: the caller's stream itself, or a delete-on-close temporary copy of a forward-only one.</summary>
internal sealed class SeekableInput : IAsyncDisposable
{
    private readonly bool _owned;

    private SeekableInput(Stream stream, bool owned)
    {
        Stream = stream;
        _owned = owned;
    }

    public Stream Stream { get; }

    public static async Task<SeekableInput> OpenAsync(Stream input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.CanSeek)
        {
            return new SeekableInput(input, owned: false);
        }

        FileStream copy = TemporaryFile.Create();
        try
        {
            await input.CopyToAsync(copy, 1 << 20, cancellationToken).ConfigureAwait(false);
            copy.Position = 0;
            return new SeekableInput(copy, owned: true);
        }
        catch
        {
            await copy.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public ValueTask DisposeAsync() => _owned ? Stream.DisposeAsync() : ValueTask.CompletedTask;
}
