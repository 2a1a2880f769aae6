using System.Text;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>The raw layer's lexer, parser and serializer on hand-written syntax.</summary>
public sealed class RawParserTests
{
    [Fact]
    public void Parses_strings_names_numbers_references_and_nesting()
    {
        var value = (PdfDictionary)Parse(@"<</A (x\(y\)\n\101\
z) /B#20C <4142 3> /D [1 0 R -2.5 +3 true null] /E <</F 12 0 R>>>>");
        Assert.Equal("x(y)\nAz", Encoding.Latin1.GetString(((PdfString)value["A"]!).Value));
        Assert.Equal([0x41, 0x42, 0x30], ((PdfString)value["B C"]!).Value);
        var array = (PdfArray)value["D"]!;
        Assert.IsType<PdfReference>(array.Items[0]);
        Assert.Equal(-2.5, ((PdfNumber)array.Items[1]).Value);
        Assert.Same(PdfKeyword.True, array.Items[3]);
        Assert.Equal(12, ((PdfReference)((PdfDictionary)value["E"]!)["F"]!).Number);
    }

    [Fact]
    public void Serializer_round_trips_what_the_parser_reads()
    {
        const string text = "<</Type /Sig/Name (Budi \\(TEST\\))/Raw <00FF>/N [1 2.5 3 0 R]/Weird#23Name true>>";
        using var output = new MemoryStream();
        PdfSerializer.Write(output, Parse(text));
        string written = Encoding.ASCII.GetString(output.ToArray());
        using var again = new MemoryStream();
        PdfSerializer.Write(again, Parse(written));
        Assert.Equal(written, Encoding.ASCII.GetString(again.ToArray()));
        Assert.Contains("/Weird#23Name", written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(unterminated")]
    [InlineData("<</A 1")]
    [InlineData("<4G>")]
    [InlineData("[1 2")]
    public void Malformed_syntax_is_a_DocumentFormatException(string text)
        => Assert.Throws<DocumentFormatException>(() => Parse(text));

    [Fact]
    public void Png_up_predictor_is_undone()
    {
        byte[] encoded = [2, 1, 2, 3, 2, 1, 1, 1];
        var parms = new PdfDictionary { ["Predictor"] = new PdfNumber(12), ["Columns"] = new PdfNumber(3) };
        Assert.Equal([1, 2, 3, 2, 3, 4], PngPredictor.Undo(encoded, parms));
    }

    private static PdfObject Parse(string text)
    {
        var parser = new PdfParser(new PdfByteReader(new MemoryStream(Encoding.Latin1.GetBytes(text))));
        return parser.ParseObject();
    }
}
