namespace Bsre.Sdk.Internal;

/// <summary>Reads HTTP bodies with a size cap, so a hostile server cannot exhaust memory.</summary>
internal static class BoundedReader
{
    public static async Task<byte[]> ReadAsync(HttpContent content, int maxBytes, string what, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            throw new DocumentFormatException($"The {what} is {content.Headers.ContentLength} bytes, over the limit of {maxBytes}.");
        }

        using Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new DocumentFormatException($"The {what} is over the limit of {maxBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
