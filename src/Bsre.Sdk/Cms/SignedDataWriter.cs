using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;

namespace Bsre.Sdk.Cms;

/// <summary>Encodes CMS SignedData (RFC 5652) as DER, detached or with the content streamed in.</summary>
internal sealed class SignedDataWriter
{
    private readonly SignedData _detached;

    /// <summary>Prepares a SignedData; its version follows RFC 5652 §5.1 from what it holds.</summary>
    /// <param name="digestAlgorithms">The digest algorithms of the SignerInfos.</param>
    /// <param name="certificates">The certificates field.</param>
    /// <param name="signerInfos">The SignerInfos.</param>
    /// <param name="crls">The crls field, if any.</param>
    /// <param name="contentType">The encapsulated content's type; id-data when <see langword="null"/>.</param>
    public SignedDataWriter(Asn1Set digestAlgorithms, Asn1Set certificates, Asn1Set signerInfos, Asn1Set? crls = null, DerObjectIdentifier? contentType = null)
    {
        _detached = new SignedData(digestAlgorithms, new ContentInfo(contentType ?? CmsObjectIdentifiers.Data, null), certificates, crls is { Count: > 0 } ? crls : null, signerInfos);
    }

    public byte[] EncodeDetached() => new ContentInfo(CmsObjectIdentifiers.SignedData, _detached).GetEncoded(Asn1Encodable.Der);

    /// <summary>Writes ContentInfo(SignedData) with <paramref name="content"/> as eContent, copied in chunks.</summary>
    public async Task WriteAttachedAsync(Stream content, long contentLength, Stream output, CancellationToken cancellationToken)
    {
        byte[] prefix = Concat(
            _detached.Version.GetEncoded(Asn1Encodable.Der),
            _detached.DigestAlgorithms.GetEncoded(Asn1Encodable.Der));
        byte[] suffix = Concat(
            new DerTaggedObject(false, 0, _detached.Certificates).GetEncoded(Asn1Encodable.Der),
            _detached.CRLs is { } crls ? new DerTaggedObject(false, 1, crls).GetEncoded(Asn1Encodable.Der) : [],
            _detached.SignerInfos.GetEncoded(Asn1Encodable.Der));
        byte[] dataOid = _detached.EncapContentInfo.ContentType.GetEncoded(Asn1Encodable.Der);

        byte[] octetHeader = DerLength.Header(0x04, contentLength);
        byte[] explicitHeader = DerLength.Header(0xA0, octetHeader.Length + contentLength);
        long encapLength = dataOid.Length + explicitHeader.Length + octetHeader.Length + contentLength;
        byte[] encapHeader = DerLength.Header(0x30, encapLength);
        long signedDataLength = prefix.Length + encapHeader.Length + encapLength + suffix.Length;
        byte[] signedDataHeader = DerLength.Header(0x30, signedDataLength);
        byte[] signedDataOid = CmsObjectIdentifiers.SignedData.GetEncoded(Asn1Encodable.Der);
        byte[] wrapperHeader = DerLength.Header(0xA0, signedDataHeader.Length + signedDataLength);
        byte[] contentInfoHeader = DerLength.Header(0x30, signedDataOid.Length + wrapperHeader.Length + signedDataHeader.Length + signedDataLength);

        byte[] head = Concat(contentInfoHeader, signedDataOid, wrapperHeader, signedDataHeader, prefix, encapHeader, dataOid, explicitHeader, octetHeader);
        await output.WriteAsync(head, cancellationToken).ConfigureAwait(false);
        long copied = await CopyAsync(content, output, cancellationToken).ConfigureAwait(false);
        if (copied != contentLength)
        {
            throw new IOException($"The content changed while it was being signed: {copied} bytes read, {contentLength} expected.");
        }

        await output.WriteAsync(suffix, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> CopyAsync(Stream source, Stream destination, CancellationToken cancellationToken)
    {
        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Internal.StreamHasher.ChunkSize);
        try
        {
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, Internal.StreamHasher.ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                total += read;
            }

            return total;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Concat(params byte[][] parts)
    {
        byte[] result = new byte[parts.Sum(p => p.Length)];
        int offset = 0;
        foreach (byte[] part in parts)
        {
            part.CopyTo(result, offset);
            offset += part.Length;
        }

        return result;
    }
}
