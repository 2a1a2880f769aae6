using System.Buffers;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Bsre.Sdk.Internal;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;

namespace Bsre.Sdk.Benchmarks;

/// <summary>
/// Hashes an in-memory stream: the SDK's <see cref="StreamHasher"/> (IncrementalHash, i.e. OpenSSL on Linux)
/// against a BouncyCastle digest fed in the same chunk size: the choice of the internal building block every signer
/// and validator hashes through, measured on purpose (no public API hashes a stream alone), hence the core's InternalsVisibleTo.
/// </summary>
public class HashingBenchmark
{
    private MemoryStream _stream = null!;

    [Params("SHA256", "SHA384")]
    public string Algorithm { get; set; } = "SHA256";

    [Params(1 << 20, 64 << 20)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        byte[] data = new byte[Size];
        RandomNumberGenerator.Fill(data);
        _stream = new MemoryStream(data, writable: false);
    }

    [GlobalCleanup]
    public void Cleanup() => _stream.Dispose();

    [Benchmark(Baseline = true)]
    public Task<byte[]> StreamHasherIncrementalHash()
    {
        _stream.Position = 0;
        return StreamHasher.HashAsync(_stream, new HashAlgorithmName(Algorithm), CancellationToken.None);
    }

    [Benchmark]
    public async Task<byte[]> BouncyCastleDigest()
    {
        _stream.Position = 0;
        IDigest digest = Algorithm == "SHA256" ? new Sha256Digest() : new Sha384Digest();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(StreamHasher.ChunkSize);
        try
        {
            int read;
            while ((read = await _stream.ReadAsync(buffer.AsMemory(0, StreamHasher.ChunkSize)).ConfigureAwait(false)) > 0)
            {
                digest.BlockUpdate(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        byte[] result = new byte[digest.GetDigestSize()];
        digest.DoFinal(result, 0);
        return result;
    }
}
