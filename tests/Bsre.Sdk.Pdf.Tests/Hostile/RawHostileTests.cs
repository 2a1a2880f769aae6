using System.IO.Compression;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Validation;

namespace Bsre.Sdk.Pdf.Tests.Hostile;

/// <summary>
/// The raw layer's answers to the structures behind ../shared/corpus/hostile, made by hand: each was a stack overflow,
/// an allocation of gigabytes, or an untyped exception, and is now a typed error.
/// </summary>
public sealed class RawHostileTests
{
    private const string Catalog = "<</Type /Catalog /Pages 2 0 R>>";

    public static TheoryData<string, byte[]> Malformed() => new()
    {
        // object 5 is said to be in object stream 5 (the stack overflow of process-crash/)
        { "self-containing object stream", MiniPdf.Build(new Dictionary<int, string> { [1] = Catalog }, new Dictionary<int, (int, int)> { [2] = (5, 0), [5] = (5, 0) }) },
        // objects 5 and 6 each in the other
        { "mutual object streams", MiniPdf.Build(new Dictionary<int, string> { [1] = Catalog }, new Dictionary<int, (int, int)> { [2] = (5, 0), [5] = (6, 0), [6] = (5, 0) }) },
        // the object stream's /Length is in the object stream itself
        { "object stream /Length inside it", MiniPdf.Build(
            new Dictionary<int, string> { [1] = Catalog, [5] = MiniPdf.ObjectStream(["<</Type /Pages /Kids [] /Count 0>>"], 2).Replace("/Length ", "/Length 7 0 R /L ", StringComparison.Ordinal) },
            new Dictionary<int, (int, int)> { [2] = (5, 0), [7] = (5, 1) }) },
        { "object stream /N 2147483647", ObjectStreamPdf(n: "2147483647") },
        { "object stream /N -1", ObjectStreamPdf(n: "-1") },
        { "object stream /First -5", ObjectStreamPdf(first: "-5") },
        { "object stream /First 2147483647", ObjectStreamPdf(first: "2147483647") },
        // a cross-reference stream's /Length cannot be resolved before the cross-reference data is read (was a NullReferenceException)
        { "cross-reference stream with an indirect /Length", MiniPdf.Build(new Dictionary<int, string> { [1] = Catalog, [3] = "700" }, xrefExtra: "/Length 3 0 R") },
        // /Columns -2 divided by zero in the PNG predictor
        { "PNG predictor /Columns -2", MiniPdf.Build(new Dictionary<int, string> { [1] = Catalog }, xrefExtra: "/Length {0} /Filter /FlateDecode /DecodeParms <</Predictor 12 /Columns -2>>") },
        { "cross-reference stream /W [0 0 0]", MiniPdf.Build(new Dictionary<int, string> { [1] = Catalog }, xrefExtra: "/Length {0} /Index [0 2147483647] /W [0 0 0]") },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Is_a_typed_error(string name, byte[] pdf)
    {
        var error = Record.Exception(() =>
        {
            PdfFile file = PdfFile.Open(new MemoryStream(pdf));
            _ = file.ResolveDictionary(file.Catalog["Pages"]);
        });
        Assert.True(error is DocumentFormatException, $"{name}: {error}");
    }

    [Fact]
    public void Streams_that_decode_to_more_than_MaxDocumentBytes_together_are_refused_within_bounded_memory()
    {
        // 24 streams of 32 MiB each: under the per-stream limit (64 MiB), 768 MiB together
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[32 << 20]);
        }

        string data = System.Text.Encoding.Latin1.GetString(packed.ToArray());
        var objects = new Dictionary<int, string> { [1] = Catalog };
        for (int i = 0; i < 24; i++)
        {
            objects[10 + i] = $"<</Filter /FlateDecode /Length {data.Length}>>\nstream\n{data}\nendstream";
        }

        PdfFile file = PdfFile.Open(new MemoryStream(MiniPdf.Build(objects)), budget: new PdfReadBudget(new PdfLimits()));
        long before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<DocumentLimitException>(() =>
        {
            for (int i = 0; i < 24; i++)
            {
                file.DecodeStream((PdfStream)file.GetObject(10 + i)!);
            }
        });
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(nameof(PdfLimits.MaxDocumentBytes), error.Limit);
        Assert.Equal(new PdfLimits().MaxDocumentBytes, error.Value);
        Assert.True(allocated < 3 * new PdfLimits().MaxDocumentBytes, $"{allocated} bytes allocated");
    }

    private static byte[] ObjectStreamPdf(string? n = null, string? first = null) => MiniPdf.Build(
        new Dictionary<int, string> { [1] = Catalog, [5] = MiniPdf.ObjectStream(["<</Type /Pages /Kids [] /Count 0>>"], 2, n, first) },
        new Dictionary<int, (int, int)> { [2] = (5, 0) });
}
