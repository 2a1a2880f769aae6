using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;

namespace Bsre.Sdk.Cms;

/// <summary>Encodes CMS SignedData (RFC 5652) as DER, detached or with the content streamed in.</summary>
internal sealed class SignedDataWriter
{
    private readonly Asn1Set _digestAlgorithms;
    private readonly Asn1Set _certificates;
    private readonly SignerInfo _signerInfo;

    public SignedDataWriter(Asn1Set digestAlgorithms, Asn1Set certificates, SignerInfo signerInfo)
    {
        _digestAlgorithms = digestAlgorithms;
        _certificates = certificates;
        _signerInfo = signerInfo;
    }

    public byte[] EncodeDetached()
    {
        var signedData = new SignedData(_digestAlgorithms, new ContentInfo(CmsObjectIdentifiers.Data, null), _certificates, null, new DerSet(_signerInfo));
        return new ContentInfo(CmsObjectIdentifiers.SignedData, signedData).GetEncoded(Asn1Encodable.Der);
    }

    /// <summary>Writes ContentInfo(SignedData) with <paramref name="content"/> as eContent, copied in chunks.</summary>
    public async Task WriteAttachedAsync(Stream content, long contentLength, Stream output, CancellationToken cancellationToken)
    {
        byte[] prefix = Concat(
            DerInteger.One.GetEncoded(Asn1Encodable.Der),
            _digestAlgorithms.GetEncoded(Asn1Encodable.Der));
        byte[] suffix = Concat(
            new DerTaggedObject(false, 0, _certificates).GetEncoded(Asn1Encodable.Der),
            new DerSet(_signerInfo).GetEncoded(Asn1Encodable.Der));
        byte[] dataOid = CmsObjectIdentifiers.Data.GetEncoded(Asn1Encodable.Der);

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
