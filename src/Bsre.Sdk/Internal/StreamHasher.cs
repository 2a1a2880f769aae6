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
        var digests = new RunningDigest[algorithms.Count];
        byte[] buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            for (int i = 0; i < digests.Length; i++)
            {
                digests[i] = RunningDigest.Create(algorithms[i]);
            }

            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                foreach (RunningDigest digest in digests)
                {
                    digest.Append(buffer.AsSpan(0, read));
                }
            }

            return Array.ConvertAll(digests, d => d.Finish());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            foreach (RunningDigest digest in digests)
            {
                digest.Dispose();
            }
        }
    }

    /// <summary>One running digest: an <see cref="IncrementalHash"/>, or SHAKE256, which <see cref="IncrementalHash"/> does not offer.</summary>
    private readonly struct RunningDigest(IncrementalHash? hash, Shake256? shake) : IDisposable
    {
        public static RunningDigest Create(HashAlgorithmName name)
            => name == HashAlgorithms.Shake256 ? new(null, new Shake256()) : new(IncrementalHash.CreateHash(name), null);

        public void Append(ReadOnlySpan<byte> data)
        {
            hash?.AppendData(data);
            shake?.AppendData(data);
        }

        /// <summary>The digest; SHAKE256 as a CMS digest has a 512-bit output (RFC 8419 §3.2).</summary>
        public byte[] Finish() => hash?.GetHashAndReset() ?? shake!.GetHashAndReset(HashAlgorithms.SizeInBytes(HashAlgorithms.Shake256));

        public void Dispose()
        {
            hash?.Dispose();
            shake?.Dispose();
        }
    }
}
