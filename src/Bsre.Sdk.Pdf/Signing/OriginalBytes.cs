using System.Buffers;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>Streams a byte range of a file in 1 MiB chunks to a hash and/or an output (memory stays flat).</summary>
internal static class OriginalBytes
{
    private const int ChunkSize = 1 << 20;

    public static Task CopyAsync(Stream original, long length, Action<byte[], int, int>? hash, Stream? output, CancellationToken cancellationToken)
        => CopyRangeAsync(original, 0, length, hash, output, cancellationToken);

    public static async Task CopyRangeAsync(Stream original, long offset, long length, Action<byte[], int, int>? hash, Stream? output, CancellationToken cancellationToken)
    {
        original.Position = offset;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long remaining = length;
            while (remaining > 0)
            {
                int read = await original.ReadAsync(buffer.AsMemory(0, (int)Math.Min(ChunkSize, remaining)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new DocumentFormatException("The document ended early: it changed while it was being read, or it is truncated.");
                }

                hash?.Invoke(buffer, 0, read);
                if (output is not null)
                {
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }

                remaining -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
