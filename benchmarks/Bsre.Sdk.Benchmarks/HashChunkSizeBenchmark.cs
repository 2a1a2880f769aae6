using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Bsre.Sdk.Internal;

namespace Bsre.Sdk.Benchmarks;

/// <summary>
/// Where does the time of <see cref="StreamHasher"/> go? SHA-256 over the same data: one-shot over the whole
/// array (no copy: the OpenSSL ceiling, baseline), IncrementalHash fed straight from the array in chunks (no
/// copy), and IncrementalHash fed through a MemoryStream read into a reused buffer (one copy, as StreamHasher,
/// whose own chunk is fixed at <see cref="StreamHasher.ChunkSize"/>, the internal constant this benchmark chose).
/// </summary>
public class HashChunkSizeBenchmark
{
    private byte[] _data = null!;
    private MemoryStream _stream = null!;
    private byte[] _buffer = null!;

    [Params(64 << 20)]
    public int Size { get; set; }

    [Params(16 << 10, 64 << 10, StreamHasher.ChunkSize, 1 << 20, 4 << 20)]
    public int ChunkSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = new byte[Size];
        RandomNumberGenerator.Fill(_data);
        _stream = new MemoryStream(_data, writable: false);
        _buffer = new byte[ChunkSize];
    }

    [GlobalCleanup]
    public void Cleanup() => _stream.Dispose();

    [Benchmark(Baseline = true)]
    public byte[] OneShot() => SHA256.HashData(_data);

    [Benchmark]
    public byte[] IncrementalFromArray()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (int offset = 0; offset < _data.Length; offset += ChunkSize)
        {
            hash.AppendData(_data.AsSpan(offset, Math.Min(ChunkSize, _data.Length - offset)));
        }

        return hash.GetHashAndReset();
    }

    [Benchmark]
    public byte[] IncrementalFromStream()
    {
        _stream.Position = 0;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        int read;
        while ((read = _stream.Read(_buffer, 0, _buffer.Length)) > 0)
        {
            hash.AppendData(_buffer, 0, read);
        }

        return hash.GetHashAndReset();
    }
}
