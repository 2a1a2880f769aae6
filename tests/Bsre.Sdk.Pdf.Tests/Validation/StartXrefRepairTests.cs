using System.Globalization;
using System.Text;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pdf.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>The lenient reading of a file whose startxref points a few bytes off its xref section, as pyHanko and pdf.js repair it.</summary>
public sealed class StartXrefRepairTests
{
    [SkippableFact]
    public void A_startxref_a_few_bytes_off_is_repaired_to_the_nearest_section_in_a_view()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        byte[] original = File.ReadAllBytes(SharedPaths.CorpusFile("01-gs-ps2pdf-letter.pdf"));
        string text = Encoding.Latin1.GetString(original);
        int digitsAt = text.LastIndexOf("startxref", StringComparison.Ordinal) + "startxref".Length + 1;
        int digitsEnd = text.IndexOfAny(['\r', '\n'], digitsAt);
        long declared = long.Parse(text[digitsAt..digitsEnd], CultureInfo.InvariantCulture);
        byte[] broken = (byte[])original.Clone();
        Encoding.ASCII.GetBytes((declared + 3).ToString(CultureInfo.InvariantCulture).PadLeft(digitsEnd - digitsAt, '0')).CopyTo(broken, digitsAt);

        using var source = new MemoryStream(broken, writable: false);
        Assert.True(StartXrefRepair.EndsWithStartXref(source));
        using Stream repaired = StartXrefRepair.TryRepair(source) ?? throw new Xunit.Sdk.XunitException("not repaired");

        byte[] read = new byte[repaired.Length];
        repaired.ReadExactly(read);
        Assert.Equal(original, read);
        Assert.NotNull(PdfFile.Open(new MemoryStream(read)).Catalog);
    }
}
