using System.Globalization;
using System.Text;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>
/// Appends a hand-made hybrid-reference update to a PDF: new objects, an uncompressed XRefStm, then a classic
/// table whose trailer points at it. The table and the XRefStm list whatever the test says, agreeing or not.
/// </summary>
internal sealed class HybridUpdateWriter(byte[] pdf)
{
    private readonly List<byte> _body = [];
    private readonly SortedDictionary<int, string> _table = [];
    private readonly SortedDictionary<int, (byte Type, long Offset)> _stream = [];

    public PdfFile File { get; } = PdfFile.Open(new MemoryStream(pdf));

    /// <summary>Writes <c>number 0 obj body endobj</c> and returns its offset in the result.</summary>
    public long AddObject(int number, string body)
    {
        long offset = pdf.Length + _body.Count;
        Ascii($"{number} 0 obj\n{body}\nendobj\n");
        return offset;
    }

    public void Table(int number, long offset) => _table[number] = $"{offset:D10} 00000 n\r\n";

    public void TableFree(int number) => _table[number] = "0000000000 00001 f\r\n";

    public void Stream(int number, long offset) => _stream[number] = (1, offset);

    public byte[] Build()
    {
        int xrefStream = Math.Max(File.NextObjectNumber, _table.Keys.Concat(_stream.Keys).DefaultIfEmpty(0).Max() + 1);
        int size = xrefStream + 1;
        long streamOffset = pdf.Length + _body.Count;
        byte[] rows = [.. _stream.Values.SelectMany(e => new[] { e.Type, (byte)(e.Offset >> 24), (byte)(e.Offset >> 16), (byte)(e.Offset >> 8), (byte)e.Offset, (byte)0, (byte)0 })];
        string index = string.Join(" ", _stream.Keys.Select(n => $"{n} 1"));
        Ascii($"{xrefStream} 0 obj\n<< /Type /XRef /Size {size} /W [1 4 2] /Index [{index}] /Length {rows.Length} >>\nstream\n");
        _body.AddRange(rows);
        Ascii($"\nendstream\nendobj\n");

        long tableOffset = pdf.Length + _body.Count;
        Ascii($"xref\n");
        foreach (var (number, line) in _table)
        {
            Ascii($"{number} 1\n{line}");
        }

        var root = (PdfReference)File.Trailer["Root"]!;
        Ascii($"trailer\n<< /Size {size} /Root {root.Number} {root.Generation} R /Prev {File.Xref.StartXref} /XRefStm {streamOffset} >>\nstartxref\n{tableOffset}\n%%EOF\n");
        return [.. pdf, .. _body];
    }

    private void Ascii(FormattableString text) => _body.AddRange(Encoding.ASCII.GetBytes(text.ToString(CultureInfo.InvariantCulture)));
}
