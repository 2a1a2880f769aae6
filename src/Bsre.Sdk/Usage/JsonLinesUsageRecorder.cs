namespace Bsre.Sdk.Usage;

/// <summary>
/// The default <see cref="IUsageRecorder"/>: appends each record as one JSON object on one line of a file.
/// Thread-safe; the file is opened for each record and shared for reading, so it can be read or rotated at any time.
/// </summary>
public sealed class JsonLinesUsageRecorder : IUsageRecorder, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _path;

    /// <summary>Creates a recorder that appends to <paramref name="options"/>' file.</summary>
    /// <param name="options">The file path.</param>
    public JsonLinesUsageRecorder(JsonLinesUsageRecorderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.FilePath);
        _path = Path.GetFullPath(options.FilePath);
    }

    /// <summary>Creates a recorder that appends to <paramref name="filePath"/>.</summary>
    /// <param name="filePath">The JSON-lines file.</param>
    public JsonLinesUsageRecorder(string filePath)
        : this(new JsonLinesUsageRecorderOptions { FilePath = filePath })
    {
    }

    /// <summary>The full path of the file records are appended to.</summary>
    public string FilePath => _path;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The record's <see cref="UsageRecord.MaskedNik"/> is not masked.</exception>
    public async Task RecordAsync(UsageRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.MaskedNik is { } nik && !NikMask.IsMasked(nik))
        {
            throw new ArgumentException("The NIK must be masked with NikMask.Mask before it is recorded.", nameof(record));
        }

        byte[] line = UsageRecordJson.ToLine(record);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            await using var file = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, FileOptions.Asynchronous);
            await file.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _gate.Dispose();
}
