using System.Text;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>
/// Makes attacked variants of a signed PDF, one per published attack class: universal signature forgery
/// (USF), incremental saving (ISA), signature wrapping (SWA), shadow attacks and certification attacks
/// (evil annotation, sneaky signature). Each variant is the signed file plus an attacker's incremental update.
/// </summary>
internal static class AttackGenerator
{
    public static IReadOnlyDictionary<string, Func<byte[], byte[]>> Approval { get; } = new Dictionary<string, Func<byte[], byte[]>>
    {
        ["usf-no-byterange"] = pdf => Update(pdf, (u, f) => SignatureDictionary(u, f)["ByteRange"] = null),
        ["usf-empty-contents"] = pdf => Update(pdf, (u, f) => SignatureDictionary(u, f)["Contents"] = new PdfString([], isHex: true)),
        ["usf-odd-byterange"] = pdf => Update(pdf, (u, f) => SignatureDictionary(u, f)["ByteRange"] = PdfArray.OfNumbers(0, 10, 20, 30)),
        ["isa-page-content"] = pdf => Update(pdf, (u, f) => FirstPage(u, f)["Contents"] = u.Add(Content("BT /F1 24 Tf 72 72 Td (PAID IN FULL) Tj ET"))),
        ["isa-hidden-then-reverted"] = HiddenThenReverted,
        ["isa-pages-tree"] = pdf => Update(pdf, ReplacePagesTree),
        ["isa-root"] = pdf => Update(pdf, (u, f) => u.Edit((PdfReference)f.Trailer["Root"]!)["OpenAction"] = new PdfDictionary { ["S"] = new PdfName("JavaScript"), ["JS"] = PdfString.FromText("app.alert(1)") }),
        ["isa-overlay"] = ChangePageContent,
        ["swa-relocated-signature"] = pdf => Update(pdf, RelocateSignature),
        ["shadow-hide"] = pdf => Update(pdf, (u, f) => FirstPage(u, f)["Contents"] = new PdfArray()),
        ["shadow-replace"] = pdf => Update(pdf, (u, f) => u.Replace(ContentNumber(f), Content("BT /F1 12 Tf 72 700 Td (replaced text) Tj ET"))),
        ["shadow-hide-and-replace"] = pdf => Update(pdf, (u, f) =>
        {
            u.Replace(ContentNumber(f), Content("q /X0 Do Q"));
            FirstPage(u, f)["Resources"] = new PdfDictionary { ["XObject"] = new PdfDictionary { ["X0"] = u.Add(Form("BT /F1 12 Tf 72 700 Td (other text) Tj ET")) } };
        }),
    };

    public static IReadOnlyDictionary<string, Func<byte[], byte[]>> Certified { get; } = new Dictionary<string, Func<byte[], byte[]>>
    {
        ["evil-annotation"] = pdf => Update(pdf, (u, f) => AddAnnotation(u, f, new PdfDictionary
        {
            ["Type"] = new PdfName("Annot"),
            ["Subtype"] = new PdfName("FreeText"),
            ["Rect"] = PdfArray.OfNumbers(50, 600, 400, 700),
            ["Contents"] = PdfString.FromText("Amount due: 0"),
            ["DA"] = PdfString.FromText("/Helv 24 Tf 0 g"),
        })),
        ["sneaky-signature"] = pdf => Update(pdf, (u, f) =>
        {
            var widget = u.Add(new PdfDictionary
            {
                ["Type"] = new PdfName("Annot"),
                ["Subtype"] = new PdfName("Widget"),
                ["FT"] = new PdfName("Sig"),
                ["T"] = PdfString.FromText("Sneaky"),
                ["F"] = new PdfNumber(4),
                ["Rect"] = PdfArray.OfNumbers(50, 600, 400, 700),
                ["AP"] = new PdfDictionary { ["N"] = u.Add(Form("BT /F1 24 Tf 10 10 Td (Approved by CFO) Tj ET")) },
            });
            AddAnnotation(u, f, widget);
            var form = u.Edit((PdfReference)f.Catalog["AcroForm"]!);
            form["Fields"] = new PdfArray([.. ((PdfArray)f.Resolve(form["Fields"])!).Items, widget]);
        }),
    };

    public static byte[] Update(byte[] pdf, Action<IncrementalUpdate, PdfFile> edit)
    {
        var file = PdfFile.Open(new MemoryStream(pdf));
        var update = new IncrementalUpdate(file);
        edit(update, file);
        return [.. pdf, .. update.Build().Bytes.Span];
    }

    /// <summary>Page 1's content replaced in one revision and put back in the next: the final file equals the signed one, an intermediate revision does not.</summary>
    public static byte[] HiddenThenReverted(byte[] pdf)
    {
        var signed = PdfFile.Open(new MemoryStream(pdf));
        PdfObject original = signed.ResolveDictionary(signed.GetPages()[0])!["Contents"]!;
        byte[] hidden = Update(pdf, (u, f) => FirstPage(u, f)["Contents"] = u.Add(Content("BT /F1 24 Tf 72 72 Td (PAID IN FULL) Tj ET")));
        return Update(hidden, (u, f) => FirstPage(u, f)["Contents"] = original);
    }

    /// <summary>An incremental update that draws over page 1 (a page-content change).</summary>
    public static byte[] ChangePageContent(byte[] pdf)
        => Update(pdf, (u, f) => FirstPage(u, f)["Contents"] = new PdfArray([f.ResolveDictionary(f.GetPages()[0])!["Contents"]!, u.Add(Content("q 1 1 1 rg 0 0 600 800 re f Q"))]));

    private static void AddAnnotation(IncrementalUpdate update, PdfFile file, PdfObject annotation)
    {
        PdfDictionary page = FirstPage(update, file);
        var existing = (file.Resolve(page["Annots"]) as PdfArray)?.Items ?? [];
        page["Annots"] = new PdfArray([.. existing, annotation is PdfReference ? annotation : update.Add(annotation)]);
    }

    private static void ReplacePagesTree(IncrementalUpdate update, PdfFile file)
    {
        var pages = update.Reserve();
        var extra = update.Add(new PdfDictionary { ["Type"] = new PdfName("Page"), ["Parent"] = pages, ["MediaBox"] = PdfArray.OfNumbers(0, 0, 612, 792), ["Contents"] = update.Add(Content("BT /F1 24 Tf 72 700 Td (added page) Tj ET")) });
        update.Set(pages, new PdfDictionary { ["Type"] = new PdfName("Pages"), ["Kids"] = new PdfArray([.. file.GetPages(), extra]), ["Count"] = new PdfNumber(file.GetPages().Count + 1) });
        update.Edit((PdfReference)file.Trailer["Root"]!)["Pages"] = pages;
    }

    /// <summary>A copy of the signature dictionary under a new object number, the field pointing at it: /ByteRange still covers the old revision.</summary>
    private static void RelocateSignature(IncrementalUpdate update, PdfFile file)
    {
        PdfSignatureEntry entry = SignatureLocator.Find(file, new PdfLimits())[0];
        var field = FieldReference(file, entry.DictionaryNumber);
        update.Edit(field)["V"] = update.Add(entry.Dictionary.Clone());
    }

    private static PdfReference FieldReference(PdfFile file, int signatureNumber)
    {
        var form = file.ResolveDictionary(file.Catalog["AcroForm"])!;
        return ((PdfArray)file.Resolve(form["Fields"])!).Items.OfType<PdfReference>()
            .First(r => file.ResolveDictionary(r)?["V"] is PdfReference v && v.Number == signatureNumber);
    }

    private static PdfDictionary SignatureDictionary(IncrementalUpdate update, PdfFile file)
        => update.Edit(new PdfReference(SignatureLocator.Find(file, new PdfLimits())[0].DictionaryNumber, 0));

    private static PdfDictionary FirstPage(IncrementalUpdate update, PdfFile file) => update.Edit(file.GetPages()[0]);

    private static int ContentNumber(PdfFile file)
    {
        PdfObject contents = file.ResolveDictionary(file.GetPages()[0])!["Contents"]!;
        return contents is PdfReference r && file.Resolve(r) is PdfStream ? r.Number : ((PdfReference)((PdfArray)file.Resolve(contents)!).Items[0]).Number;
    }

    private static PdfStream Content(string text) => new(new PdfDictionary(), Encoding.ASCII.GetBytes(text));

    private static PdfStream Form(string text) => new(
        new PdfDictionary { ["Type"] = new PdfName("XObject"), ["Subtype"] = new PdfName("Form"), ["BBox"] = PdfArray.OfNumbers(0, 0, 600, 800) },
        Encoding.ASCII.GetBytes(text));
}
