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
        var hashes = new IncrementalHash?[algorithms.Count];
        var shakes = new Shake256?[algorithms.Count];
        byte[] buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            for (int i = 0; i < hashes.Length; i++)
            {
                if (algorithms[i] == HashAlgorithms.Shake256)
                {
                    shakes[i] = new Shake256();
                }
                else
                {
                    hashes[i] = IncrementalHash.CreateHash(algorithms[i]);
                }
            }

            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                for (int i = 0; i < hashes.Length; i++)
                {
                    hashes[i]?.AppendData(buffer, 0, read);
                    shakes[i]?.AppendData(buffer.AsSpan(0, read));
                }
            }

            // SHAKE256 as a CMS digest has a 512-bit output (RFC 8419 §3.2).
            return [.. Enumerable.Range(0, hashes.Length).Select(i => hashes[i]?.GetHashAndReset() ?? shakes[i]!.GetHashAndReset(HashAlgorithms.SizeInBytes(HashAlgorithms.Shake256)))];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            for (int i = 0; i < hashes.Length; i++)
            {
                hashes[i]?.Dispose();
                shakes[i]?.Dispose();
            }
        }
    }
}
