using System.Globalization;
using Bsre.Sdk.Pdf.Placement;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>
/// Runs a signature job: plans the revision with a /Contents placeholder, hashes the ByteRange,
/// asks for the CMS, and writes the output; when the CMS does not fit, it plans again with the
/// real size (so a too-small estimate never fails).
/// </summary>
internal static class PdfSignatureEngine
{
    /// <summary>The largest /Contents this library writes, in bytes.</summary>
    public const int MaxContentsSize = 1 << 20;

    public static async Task SignAsync(Stream input, Stream output, SignatureJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var source = await SeekableInput.OpenAsync(input, cancellationToken).ConfigureAwait(false);
        PdfFile file = PdfFile.Open(source.Stream, job.PdfPassword.Span);
        SignatureFieldRequest field = job.Field(new RawPageGeometry(file));
        int capacity = job.EstimatedSize;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            PreparedRevision prepared = Prepare(file, job, field, capacity);
            byte[] digest = await prepared.DigestAsync(source.Stream, job.HashAlgorithm, cancellationToken).ConfigureAwait(false);
            byte[] contents = await job.CreateContents!(digest, cancellationToken).ConfigureAwait(false);
            if (contents.Length <= capacity)
            {
                await prepared.WriteAsync(source.Stream, output, contents, cancellationToken).ConfigureAwait(false);
                return;
            }

            capacity = checked(contents.Length + 1024);
            if (capacity > MaxContentsSize)
            {
                break;
            }
        }

        throw new DocumentFormatException(string.Create(
            CultureInfo.InvariantCulture,
            $"The signature is larger than the largest /Contents placeholder this library writes ({MaxContentsSize} bytes)."));
    }

    /// <summary>Builds the revision for <paramref name="file"/> with a /Contents gap of <paramref name="capacity"/> bytes.</summary>
    public static PreparedRevision Prepare(PdfFile file, SignatureJob job, SignatureFieldRequest field, int capacity)
    {
        if (capacity is <= 0 or > MaxContentsSize)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), $"The /Contents size must be between 1 and {MaxContentsSize} bytes.");
        }

        file.Security?.EnsureMaySign();
        if (job.Entries.GetName("Type") == "Sig")
        {
            DocMdpGuard.EnsureSignable(file);
        }

        var update = new IncrementalUpdate(file);
        PdfReference signature = update.Reserve();
        new SignatureFieldEditor(update).Apply(field, signature);
        job.Extra?.Invoke(update, signature);
        SignatureDictionaryBytes dictionary = SignatureDictionaryBuilder.Build((PdfDictionary)update.Encrypted(signature, job.Entries), capacity);
        update.Set(signature, new PdfRawObject(dictionary.Bytes));
        PdfRevision revision = update.Build();
        long start = revision.Offsets[signature.Number] + string.Create(CultureInfo.InvariantCulture, $"{signature.Number} 0 obj\n").Length;
        return new PreparedRevision(revision, start + dictionary.ContentsAt, start + dictionary.ByteRangeAt, capacity);
    }
}
