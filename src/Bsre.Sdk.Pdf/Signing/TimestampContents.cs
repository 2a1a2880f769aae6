using System.Security.Cryptography;
using Bsre.Sdk.Timestamping;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>The /Contents of a document timestamp: the RFC 3161 token over the ByteRange digest, one TSA request, in room bounded by <see cref="TimestampTokenSizes"/>.</summary>
internal sealed class TimestampContents(TimestampClient client, HashAlgorithmName hashAlgorithm, int? capacity) : SignatureContents
{
    public override int Capacity { get; } = capacity ?? TimestampTokenSizes.Bound(client);

    public override string CapacityOption => $"{nameof(PadesTimestampOptions)}.{nameof(PadesTimestampOptions.ContentsSize)}";

    public override async Task<byte[]> CreateAsync(byte[] digest, CancellationToken cancellationToken)
    {
        TimestampToken token = await client.RequestAsync(digest, hashAlgorithm, cancellationToken).ConfigureAwait(false);
        TimestampTokenSizes.Record(client, token.RawData.Length);
        return token.RawData.ToArray();
    }
}
