using System.Security.Cryptography;
using Bsre.Sdk.Internal;

namespace Bsre.Sdk.Tests.Internal;

public class StreamHasherTests
{
    [Fact]
    public async Task One_pass_over_several_chunks_gives_each_algorithm_its_one_shot_digest()
    {
        byte[] data = new byte[(StreamHasher.ChunkSize * 2) + 12345];
        new Random(7).NextBytes(data);
        HashAlgorithmName[] algorithms = [HashAlgorithmName.SHA256, HashAlgorithms.Shake256, HashAlgorithmName.SHA3_384, HashAlgorithmName.SHA1];

        byte[][] digests = await StreamHasher.HashAsync(new MemoryStream(data), algorithms, CancellationToken.None);

        Assert.Equal(SHA256.HashData(data), digests[0]);
        Assert.Equal(Shake256.HashData(data, 64), digests[1]); // RFC 8419 §3.2: 512-bit output
        Assert.Equal(SHA3_384.HashData(data), digests[2]);
#pragma warning disable CA5350 // the SHA-1 path is tested, not used for security
        Assert.Equal(SHA1.HashData(data), digests[3]);
#pragma warning restore CA5350
    }
}
