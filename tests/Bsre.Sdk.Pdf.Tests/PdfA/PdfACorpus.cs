using System.Globalization;
using System.Text;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Pdf.Tests.PdfA;

/// <summary>
/// PDF/A inputs, generated once per test run into the test environment's folder (CC0: generated, no third-party content):
/// Ghostscript's PDF/A-1b, -2b and -3b (no output intent, an RGB one, a CMYK one) from a small PostScript letter, and
/// our own PDF/A-2b (pdfaid written as XMP elements, no output intent, CalRGB content). LibreOffice is not used: its
/// Debian packages are several hundred megabytes, too heavy for CI here.
/// </summary>
internal static class PdfACorpus
{
    public const string Own = "own-2b-no-intent";

    private static readonly Lazy<Task<string>> Folder = new(CreateAsync);

    /// <summary>Gets the generated inputs' names (for theories); the Ghostscript ones need gs when they are made.</summary>
    public static TheoryData<string> Names => ["gs-1b-no-intent", "gs-1b-rgb", "gs-2b-rgb", "gs-3b-cmyk", Own];

    /// <summary>Gets an input's path, generating the corpus on first use; skips a Ghostscript input when gs is not installed.</summary>
    public static async Task<string> PathAsync(string name)
    {
        Skip.IfNot(name == Own || (ProcessRunner.IsOnPath("gs") && GhostscriptLib() is not null), "Ghostscript is not installed (apt-get install ghostscript).");
        return Path.Combine(await Folder.Value, name + ".pdf");
    }

    /// <summary>Writes a one-page PDF/A-2b (or, with <paramref name="declare"/> false, the same file without the pdfaid declaration).</summary>
    public static byte[] OwnPdfA(bool declare = true)
    {
        string xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
            + (declare ? "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n" : string.Empty)
            + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
        byte[] xmpBytes = Encoding.UTF8.GetBytes(xmp);
        const string Content = "/CS0 cs 0.1 0.3 0.8 sc 72 700 300 60 re f\n";
        var objects = new List<byte[]>
        {
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >>"),
            Encoding.ASCII.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.ASCII.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /ColorSpace << /CS0 [/CalRGB << /WhitePoint [0.9505 1 1.089] >>] >> >> >>"),
            Encoding.ASCII.GetBytes($"<< /Type /Metadata /Subtype /XML /Length {xmpBytes.Length} >>\nstream\n").Concat(xmpBytes).Concat("\nendstream"u8.ToArray()).ToArray(),
            Encoding.ASCII.GetBytes($"<< /Length {Content.Length} >>\nstream\n{Content}endstream"),
        };
        using var pdf = new MemoryStream();
        pdf.Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
        var offsets = new List<long>();
        for (int i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write("\nendobj\n"u8);
        }

        long xref = pdf.Position;
        var table = new StringBuilder().Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => table.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n"));
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return pdf.ToArray();
    }

    private static async Task<string> CreateAsync()
    {
        // inside the test environment's folder, which is deleted when the test process is gone
        string folder = Path.Combine((await PdfTestEnvironment.GetAsync()).Directory, "pdfa-corpus");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, Own + ".pdf"), OwnPdfA());
        if (!ProcessRunner.IsOnPath("gs") || GhostscriptLib() is not { } lib)
        {
            return folder;
        }

        string letter = Path.Combine(folder, "letter.ps");
        await File.WriteAllTextAsync(letter, """
            %!PS
            /Helvetica findfont 14 scalefont setfont 72 760 moveto (PEMERINTAH KABUPATEN BEKASI) show
            /Helvetica findfont 11 scalefont setfont 72 730 moveto (Surat Keterangan Nomor 470/123/2026) show
            72 700 moveto (Yang bertanda tangan di bawah ini menerangkan bahwa dokumen ini sah.) show
            0.8 0.1 0.1 setrgbcolor 72 640 200 20 rectfill
            showpage
            """);
        await GenerateAsync(folder, letter, "gs-1b-no-intent", 1, "RGB", null);
        await GenerateAsync(folder, letter, "gs-1b-rgb", 1, "RGB", Path.Combine(lib, "iccprofiles", "default_rgb.icc"));
        await GenerateAsync(folder, letter, "gs-2b-rgb", 2, "RGB", Path.Combine(lib, "iccprofiles", "default_rgb.icc"));
        await GenerateAsync(folder, letter, "gs-3b-cmyk", 3, "CMYK", Path.Combine(lib, "iccprofiles", "default_cmyk.icc"));
        return folder;
    }

    /// <summary>Runs gs's pdfwrite in PDF/A mode; with a profile, through a copy of its PDFA_def.ps naming it (that adds the output intent).</summary>
    private static async Task GenerateAsync(string folder, string input, string name, int part, string strategy, string? profile)
    {
        var arguments = new List<string> { "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", $"-dPDFA={part}", "-dPDFACompatibilityPolicy=1", $"-sColorConversionStrategy={strategy}", "-sDEVICE=pdfwrite" };
        if (profile is not null)
        {
            string definition = Path.Combine(folder, name + "-def.ps");
            string template = await File.ReadAllTextAsync(Path.Combine(GhostscriptLib()!, "lib", "PDFA_def.ps"));
            await File.WriteAllTextAsync(definition, template.Replace("/ICCProfile (srgb.icc)", $"/ICCProfile ({profile})", StringComparison.Ordinal));
            arguments.Add("--permit-file-read=" + profile);
            arguments.AddRange(["-o", Path.Combine(folder, name + ".pdf"), definition, input]);
        }
        else
        {
            arguments.AddRange(["-o", Path.Combine(folder, name + ".pdf"), input]);
        }

        ProcessResult result = await ProcessRunner.RunAsync("gs", [.. arguments]);
        if (!result.Succeeded || !File.Exists(Path.Combine(folder, name + ".pdf")))
        {
            throw new InvalidOperationException($"gs failed to write {name}: {result}");
        }
    }

    /// <summary>Finds Ghostscript's data folder (/usr/share/ghostscript/VERSION, with lib/PDFA_def.ps and iccprofiles/).</summary>
    private static string? GhostscriptLib() => Directory.Exists("/usr/share/ghostscript")
        ? Directory.GetDirectories("/usr/share/ghostscript").FirstOrDefault(d => File.Exists(Path.Combine(d, "lib", "PDFA_def.ps")))
        : null;
}
