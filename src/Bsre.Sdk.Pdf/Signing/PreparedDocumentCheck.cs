using System.Security.Cryptography;
using Bsre.Sdk.Cms;

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

        CmsSignature signature = CmsSignature.Decode(cms);
        if (signature.Signers is not [{ } signer])
        {
            throw new DocumentFormatException($"The CMS has {signature.Signers.Count} SignerInfos; a PDF signature has exactly one.");
        }

        if (signer.MessageDigest is not { } messageDigest)
        {
            throw new DocumentFormatException("The CMS has no message-digest attribute.");
        }

        if (!messageDigest.Span.SequenceEqual(state.DocumentDigest.Span))
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
