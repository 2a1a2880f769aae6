using System.Security.Cryptography;
using Bsre.Sdk.Timestamping;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>The /Contents of a document timestamp: the RFC 3161 token over the ByteRange digest, one TSA request.</summary>
internal sealed class TimestampContents(TimestampClient client, HashAlgorithmName hashAlgorithm, int? capacity) : SignatureContents
{
    /// <summary>The default capacity: a token with its TSA's chain is typically 3-7 KiB.</summary>
    public const int DefaultCapacity = 12 * 1024;

    public override int Capacity => capacity ?? DefaultCapacity;

    public override string CapacityOption => "PadesTimestampOptions.ContentsSize";

    public override async Task<byte[]> CreateAsync(byte[] digest, CancellationToken cancellationToken)
    {
        TimestampToken token = await client.RequestAsync(digest, hashAlgorithm, cancellationToken).ConfigureAwait(false);
        return token.RawData.ToArray();
    }
}
