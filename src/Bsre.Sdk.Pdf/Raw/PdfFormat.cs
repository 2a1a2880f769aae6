namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Builds the typed error for malformed PDF input, and tells a PDF from a file that is none (one wording for signing and validation).</summary>
internal static class PdfFormat
{
    /// <summary>How far into the file the header may start (ISO 32000-2 §7.5.2 puts it first; readers allow leading junk in this window).</summary>
    public const int HeaderWindow = 1024;

    public static DocumentFormatException Error(string detail) => new($"The file is not a readable PDF: {detail}.");

    /// <summary>The error for input that is not a PDF at all (an empty file, a Word document, an image).</summary>
    public static DocumentFormatException NotAPdf() => new($"The file is not a PDF: no %PDF- header in its first {HeaderWindow} bytes.");

    /// <summary>Returns where <c>%PDF-x.y</c> starts in the first bytes of a file, or -1 when it is not a PDF.</summary>
    public static int HeaderOffset(ReadOnlySpan<byte> head)
    {
        int at = head.IndexOf("%PDF-"u8);
        return at >= 0 && at + 8 <= head.Length ? at : -1;
    }

    /// <summary>Throws <see cref="NotAPdf"/> unless the stream starts like a PDF; the position is left at the start.</summary>
    public static void RequireHeader(Stream pdf)
    {
        byte[] head = new byte[(int)Math.Min(HeaderWindow, pdf.Length)];
        pdf.Position = 0;
        pdf.ReadExactly(head);
        pdf.Position = 0;
        if (HeaderOffset(head) < 0)
        {
            throw NotAPdf();
        }
    }
}
