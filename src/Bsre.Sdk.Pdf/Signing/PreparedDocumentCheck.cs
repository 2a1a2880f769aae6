using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>Checks that a prepared document and a CMS belong to a two-phase state before anything is written.</summary>
internal static class PreparedDocumentCheck
{
    public static void Verify(Stream prepared, PadesPreparedSignature state, ReadOnlyMemory<byte> cms)
    {
        if (!prepared.CanSeek || !prepared.CanWrite || !prepared.CanRead)
        {
            throw new ArgumentException("The prepared document must be readable, writable and seekable.", nameof(prepared));
        }

        if (prepared.Length != state.PreparedLength)
        {
            throw new DocumentFormatException("The document is not the one this state was prepared for (its length differs).");
        }

        if (cms.Length == 0 || cms.Length > state.ContentsCapacity)
        {
            throw new DocumentFormatException($"The CMS ({cms.Length} bytes) does not fit the prepared placeholder ({state.ContentsCapacity} bytes); prepare again with a larger ContentsSize.");
        }

        byte[] messageDigest;
        try
        {
            SignerInformation signer = new CmsSignedData(cms.ToArray()).GetSignerInfos().GetSigners().Single();
            var attribute = signer.SignedAttributes?[CmsAttributes.MessageDigest] ?? throw new DocumentFormatException("The CMS has no message-digest attribute.");
            messageDigest = Asn1OctetString.GetInstance(attribute.AttrValues[0]).GetOctets();
        }
        catch (Exception e) when (e is CmsException or ArgumentException or InvalidOperationException or IOException)
        {
            throw new DocumentFormatException("The data is not a CMS SignedData with one signer: " + e.Message, e);
        }

        if (!messageDigest.AsSpan().SequenceEqual(state.DocumentDigest.Span))
        {
            throw new DocumentFormatException("The CMS signs a different digest than the prepared document's.");
        }
    }

    public static async Task VerifyDigestAsync(Stream prepared, PadesPreparedSignature state, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(state.HashAlgorithm);
        long gapEnd = state.ContentsOffset + 2 + (2L * state.ContentsCapacity);
        await OriginalBytes.CopyRangeAsync(prepared, 0, state.ContentsOffset, hash.AppendData, null, cancellationToken).ConfigureAwait(false);
        await OriginalBytes.CopyRangeAsync(prepared, gapEnd, state.PreparedLength - gapEnd, hash.AppendData, null, cancellationToken).ConfigureAwait(false);
        if (!hash.GetHashAndReset().AsSpan().SequenceEqual(state.DocumentDigest.Span))
        {
            throw new DocumentFormatException("The document is not the one this state was prepared for (its digest differs).");
        }
    }
}
