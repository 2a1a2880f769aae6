using System.Buffers;
using System.Security.Cryptography;

namespace Bsre.Sdk.Internal;

/// <summary>
/// Hashes streams with <see cref="IncrementalHash"/> (OpenSSL, SHA-NI on Linux) in large pooled
/// chunks, so memory stays constant whatever the document size.
/// </summary>
internal static class StreamHasher
{
    /// <summary>Chunk size: large enough to reach the hash's peak throughput, small enough to stay in L2.</summary>
    public const int ChunkSize = 256 * 1024;

    public static async Task<byte[]> HashAsync(Stream stream, HashAlgorithmName algorithm, CancellationToken cancellationToken)
    {
        var results = await HashAsync(stream, [algorithm], cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>Reads <paramref name="stream"/> to its end once, feeding every requested algorithm.</summary>
    public static async Task<byte[][]> HashAsync(Stream stream, IReadOnlyList<HashAlgorithmName> algorithms, CancellationToken cancellationToken)
    {
        var hashes = new IncrementalHash[algorithms.Count];
        byte[] buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            for (int i = 0; i < hashes.Length; i++)
            {
                hashes[i] = IncrementalHash.CreateHash(algorithms[i]);
            }

            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                foreach (var hash in hashes)
                {
                    hash.AppendData(buffer, 0, read);
                }
            }

            return Array.ConvertAll(hashes, h => h.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            foreach (var hash in hashes)
            {
                hash?.Dispose();
            }
        }
    }
}
