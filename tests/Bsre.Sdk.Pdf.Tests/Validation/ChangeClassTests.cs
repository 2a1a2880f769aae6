using System.Text;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>
/// Generated later revisions, one per class of change: the legitimate ones that Acrobat, iText and form fillers make
/// are classified as DSS/pyHanko/iText classify them (and allowed), the disguised ones published in 2025–26 are flagged.
/// </summary>
public sealed class ChangeClassTests
{
    /// <summary>Legitimate updates after an approval signature, with the class the last of them must get (a field is added before it is filled).</summary>
    public static TheoryData<string, string> Allowed => new()
    {
        { "acrobat-ltv", "lta-updates" },
        { "itext-itxt", "lta-updates" },
        { "acrobat-comment-names-ap", "annotations" },
        { "comment-edited-then-removed", "annotations" },
        { "comment-appearance-redrawn", "annotations" },
        { "page-tabs", "annotations" },
        { "choice-field-filled", "form-filling" },
        { "text-field-filled-font-added", "form-filling" },
    };

    public static TheoryData<string> Disguised => [.. DisguisedUpdates.Keys];

    /// <summary>Each update from the signed file and a DER certificate (validation data for the DSS).</summary>
    private static readonly Dictionary<string, Func<byte[], byte[], byte[]>> AllowedUpdates = new()
    {
        ["acrobat-ltv"] = (pdf, certificate) => AttackGenerator.Update(pdf, (u, f) =>
        {
            PdfDictionary catalog = u.Edit((PdfReference)f.Trailer["Root"]!);
            catalog["Version"] = new PdfName("2.0");
            catalog["Extensions"] = new PdfDictionary { ["ADBE"] = new PdfDictionary { ["BaseVersion"] = new PdfName("1.7"), ["ExtensionLevel"] = new PdfNumber(8) } };
            catalog["DSS"] = u.Add(new PdfDictionary { ["Certs"] = new PdfArray([u.Add(new PdfStream(new PdfDictionary(), certificate))]) });
        }),
        ["itext-itxt"] = (pdf, _) => AttackGenerator.Update(pdf, (u, f) => u.Edit((PdfReference)f.ResolveDictionary(f.GetPages()[0])!["Parent"]!)["ITXT"] = new PdfName("9.1.0")),
        ["acrobat-comment-names-ap"] = (pdf, _) => AttackGenerator.Update(pdf, (u, f) =>
        {
            AddAnnotation(u, f, Comment("Please check"));
            u.Edit((PdfReference)f.Trailer["Root"]!)["Names"] = new PdfDictionary
            {
                ["AP"] = u.Add(new PdfDictionary { ["Names"] = new PdfArray([PdfString.FromText("Comment"), u.Add(Form("0 0 1 rg 0 0 20 20 re f"))]) }),
            };
        }),
        ["comment-edited-then-removed"] = (pdf, _) =>
        {
            byte[] added = AttackGenerator.Update(pdf, (u, f) => AddAnnotation(u, f, Comment("first")));
            byte[] edited = AttackGenerator.Update(added, (u, f) => u.Edit(Annotations(f).Last())["Contents"] = PdfString.FromText("second"));
            return AttackGenerator.Update(edited, (u, f) => u.Edit(f.GetPages()[0])["Annots"] = new PdfArray([.. Annotations(f).SkipLast(1)]));
        },
        ["comment-appearance-redrawn"] = (pdf, _) =>
        {
            byte[] added = AttackGenerator.Update(pdf, (u, f) =>
            {
                PdfDictionary comment = Comment("note");
                comment["AP"] = new PdfDictionary { ["N"] = u.Add(Form("1 1 0 rg 0 0 20 20 re f")) };
                AddAnnotation(u, f, comment);
            });
            return AttackGenerator.Update(added, (u, f) =>
            {
                var appearance = (PdfReference)f.ResolveDictionary(f.ResolveDictionary(Annotations(f).Last())!["AP"])!["N"]!;
                u.Replace(appearance.Number, Form("0 1 0 rg 0 0 20 20 re f"));
            });
        },
        ["page-tabs"] = (pdf, _) => AttackGenerator.Update(pdf, (u, f) => u.Edit(f.GetPages()[0])["Tabs"] = new PdfName("S")),
        ["choice-field-filled"] = (pdf, _) =>
        {
            byte[] added = AttackGenerator.Update(pdf, (u, f) => AddField(u, f, new PdfDictionary
            {
                ["FT"] = new PdfName("Ch"),
                ["Ff"] = new PdfNumber(131072),
                ["T"] = PdfString.FromText("Choice"),
                ["Opt"] = new PdfArray([PdfString.FromText("one"), PdfString.FromText("two")]),
                ["V"] = PdfString.FromText("one"),
                ["I"] = new PdfArray([new PdfNumber(0)]),
                ["AP"] = new PdfDictionary { ["N"] = u.Add(Form("BT /Helv 12 Tf 2 2 Td (one) Tj ET")) },
            }));
            return AttackGenerator.Update(added, (u, f) =>
            {
                PdfDictionary field = u.Edit(LastField(f));
                field["V"] = PdfString.FromText("two");
                field["I"] = new PdfArray([new PdfNumber(1)]);
                field["AP"] = new PdfDictionary { ["N"] = u.Add(Form("BT /Helv 12 Tf 2 2 Td (two) Tj ET")) };
            });
        },
        ["text-field-filled-font-added"] = (pdf, _) =>
        {
            byte[] added = AttackGenerator.Update(pdf, (u, f) =>
            {
                AddField(u, f, TextField(u, "empty"));
                var fonts = u.Add(new PdfDictionary { ["Helv"] = u.Add(Font("Helvetica")) });
                u.Edit((PdfReference)f.Catalog["AcroForm"]!)["DR"] = u.Add(new PdfDictionary { ["Font"] = fonts });
            });
            return AttackGenerator.Update(added, (u, f) =>
            {
                // Acrobat: the widget's /AP and /DA rewritten, the font it used added to the form's /DR
                PdfDictionary field = u.Edit(LastField(f));
                field["V"] = PdfString.FromText("filled");
                field["DA"] = PdfString.FromText("/Arial 10 Tf 0 g");
                field["AP"] = new PdfDictionary { ["N"] = u.Add(Form("BT /Arial 10 Tf 2 2 Td (filled) Tj ET")) };
                var form = f.ResolveDictionary(f.Catalog["AcroForm"])!;
                u.Edit((PdfReference)f.ResolveDictionary(form["DR"])!["Font"]!)["Arial"] = u.Add(Font("Arial"));
            });
        },
    };

    private static readonly Dictionary<string, Func<byte[], byte[]>> DisguisedUpdates = new()
    {
        // iText DocumentRevisionsValidatorTest.changeExistingFontAndAddAsDss: a signed object rewritten and made "part of" a DSS
        ["page-content-laundered-as-dss"] = pdf => AttackGenerator.Update(pdf, (u, f) =>
        {
            int content = ContentNumber(f);
            u.Replace(content, new PdfStream(new PdfDictionary(), Encoding.ASCII.GetBytes("BT /F1 24 Tf 72 72 Td (PAID IN FULL) Tj ET")));
            u.Edit((PdfReference)f.Trailer["Root"]!)["DSS"] = new PdfReference(content, 0);
        }),

        // iText 9.5: DSS content that is not validation data
        ["dss-holding-other-data"] = pdf => AttackGenerator.Update(pdf, (u, f) => u.Edit((PdfReference)f.Trailer["Root"]!)["DSS"] = u.Add(new PdfDictionary
        {
            ["Certs"] = new PdfArray([u.Add(new PdfStream(new PdfDictionary(), Encoding.ASCII.GetBytes("BT /F1 24 Tf 72 72 Td (PAID) Tj ET")))]),
        })),

        // iText 9.8.1: a linearization parameter dictionary appended by an update
        ["linearization-dictionary-appended"] = pdf => AttackGenerator.Update(pdf, (u, f) => u.Add(new PdfDictionary
        {
            ["Linearized"] = new PdfNumber(1),
            ["L"] = new PdfNumber(pdf.Length),
            ["O"] = new PdfNumber(f.GetPages()[0].Number),
            ["H"] = PdfArray.OfNumbers(0, 0),
            ["E"] = new PdfNumber(0),
            ["N"] = new PdfNumber(f.GetPages().Count),
            ["T"] = new PdfNumber(0),
        })),

        // pyHanko 0.36.2: a new signature field whose /V is the signed revision's signature dictionary
        ["new-field-reusing-signature"] = pdf => AttackGenerator.Update(pdf, (u, f) =>
        {
            var signature = new PdfReference(SignatureLocator.Find(f, new PdfLimits())[0].DictionaryNumber, 0);
            AddField(u, f, new PdfDictionary
            {
                ["FT"] = new PdfName("Sig"),
                ["T"] = PdfString.FromText("Copy"),
                ["V"] = signature,
                ["AP"] = new PdfDictionary { ["N"] = u.Add(Form("BT /Helv 12 Tf 2 2 Td (Approved by CFO) Tj ET")) },
            });
        }),

        // a value changed without its appearance while /NeedAppearances makes some viewers redraw it and others not
        ["need-appearances-value-without-appearance"] = pdf =>
        {
            byte[] added = AttackGenerator.Update(pdf, (u, f) => AddField(u, f, TextField(u, "100")));
            return AttackGenerator.Update(added, (u, f) =>
            {
                u.Edit(LastField(f))["V"] = PdfString.FromText("1000000");
                u.Edit((PdfReference)f.Catalog["AcroForm"]!)["NeedAppearances"] = PdfKeyword.True;
            });
        },
    };

    [SkippableTheory]
    [MemberData(nameof(Allowed))]
    public async Task Legitimate_updates_are_classified_and_allowed(string update, string modifications)
    {
        var (env, signed) = await SignedAsync(PdfCertification.None);
        var report = await ValidationFixture.ValidateAsync(env, AllowedUpdates[update](signed, env.Pki.Root.Certificate.RawData));
        Assert.True(report.Indication == ValidationIndication.TotalPassed, ValidationFixture.Describe(report));
        Assert.Equal(modifications, report.Signatures[0].LaterRevisions![^1].Modifications);
    }

    [SkippableTheory]
    [MemberData(nameof(Disguised))]
    public async Task Disguised_updates_are_flagged(string update)
    {
        var (env, signed) = await SignedAsync(PdfCertification.None);
        var report = await ValidationFixture.ValidateAsync(env, DisguisedUpdates[update](signed));
        Assert.True(report.Signatures.Count == 1, "each signature is listed once: " + ValidationFixture.Describe(report));
        Assert.True(report.Signatures[0].Indication == ValidationIndication.TotalFailed && report.Signatures[0].Modifications == "other", ValidationFixture.Describe(report));
        Assert.Contains(report.Signatures[0].Findings, f => f.Code == "PDF_MODIFICATION_NOT_ALLOWED" && f.Severity == FindingSeverity.Error);
    }

    [SkippableFact]
    public async Task Annotations_after_a_form_filling_certification_exceed_its_permission()
    {
        var (env, signed) = await SignedAsync(PdfCertification.FormFilling);
        var report = await ValidationFixture.ValidateAsync(env, AllowedUpdates["page-tabs"](signed, []));
        Assert.Equal(ValidationIndication.TotalFailed, report.Signatures[0].Indication);
        Assert.Equal("PDF_PERMISSION_EXCEEDED", Assert.Single(report.Signatures[0].Findings, f => f.Severity == FindingSeverity.Error).Code);
    }

    [SkippableFact]
    public async Task Removing_the_form_after_a_certification_is_a_change_not_an_unsigned_document()
    {
        var (env, signed) = await SignedAsync(PdfCertification.FormFilling);
        byte[] removed = AttackGenerator.Update(signed, (u, f) => u.Edit((PdfReference)f.Trailer["Root"]!)["AcroForm"] = null);
        var report = await ValidationFixture.ValidateAsync(env, removed);
        Assert.True(report.Signatures.Count == 1 && report.Signatures[0].Indication == ValidationIndication.TotalFailed, ValidationFixture.Describe(report));
    }

    /// <summary>A <c>%%EOF</c> inside an update's trailer string is no revision boundary (iText 9.8.1).</summary>
    [SkippableFact]
    public async Task An_eof_marker_inside_a_trailer_does_not_end_a_revision()
    {
        var (_, signed) = await SignedAsync(PdfCertification.None);
        byte[] update = AttackGenerator.Update(signed, (u, f) => u.Edit(f.GetPages()[0])["Tabs"] = new PdfName("S"))[signed.Length..];
        int trailer = update.AsSpan().IndexOf("trailer"u8);
        int open = trailer + update.AsSpan(trailer).IndexOf("<<"u8) + 2;
        byte[] faked = [.. signed, .. update[..open], .. "/Note (\n%%EOF\n)"u8, .. update[open..]];

        var file = PdfFile.Open(new MemoryStream(faked));
        var ends = RevisionIndex.Read(file, new PdfLimits()).Select(r => r.End).ToList();
        Assert.Equal(RevisionIndex.Read(PdfFile.Open(new MemoryStream(signed)), new PdfLimits()).Count + 1, ends.Count);
        Assert.Equal(faked.Length, ends[^1]);
    }

    private static async Task<(PdfTestEnvironment Env, byte[] Signed)> SignedAsync(PdfCertification certification)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string path = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), SignatureLevel.BaselineB, new PadesSignatureOptions { Certification = certification }, "classes-" + certification);
        return (env, await File.ReadAllBytesAsync(path));
    }

    private static List<PdfReference> Annotations(PdfFile file) => [.. ((PdfArray)file.Resolve(file.ResolveDictionary(file.GetPages()[0])!["Annots"])!).Items.Cast<PdfReference>()];

    private static void AddAnnotation(IncrementalUpdate update, PdfFile file, PdfObject annotation)
    {
        PdfDictionary page = update.Edit(file.GetPages()[0]);
        var existing = (file.Resolve(page["Annots"]) as PdfArray)?.Items ?? [];
        page["Annots"] = new PdfArray([.. existing, annotation is PdfReference ? annotation : update.Add(annotation)]);
    }

    /// <summary>Adds a field that is its own widget on page 1.</summary>
    private static void AddField(IncrementalUpdate update, PdfFile file, PdfDictionary field)
    {
        field["Type"] = new PdfName("Annot");
        field["Subtype"] = new PdfName("Widget");
        field["Rect"] = PdfArray.OfNumbers(50, 50, 150, 70);
        field["P"] = file.GetPages()[0];
        var reference = update.Add(field);
        AddAnnotation(update, file, reference);
        PdfDictionary form = update.Edit((PdfReference)file.Catalog["AcroForm"]!);
        form["Fields"] = new PdfArray([.. ((PdfArray)file.Resolve(form["Fields"])!).Items, reference]);
    }

    private static PdfReference LastField(PdfFile file)
        => (PdfReference)((PdfArray)file.Resolve(file.ResolveDictionary(file.Catalog["AcroForm"])!["Fields"])!).Items[^1];

    private static PdfDictionary TextField(IncrementalUpdate update, string value) => new()
    {
        ["FT"] = new PdfName("Tx"),
        ["T"] = PdfString.FromText("Amount"),
        ["V"] = PdfString.FromText(value),
        ["DA"] = PdfString.FromText("/Helv 12 Tf 0 g"),
        ["AP"] = new PdfDictionary { ["N"] = update.Add(Form($"BT /Helv 12 Tf 2 2 Td ({value}) Tj ET")) },
    };

    private static PdfDictionary Comment(string text) => new()
    {
        ["Type"] = new PdfName("Annot"),
        ["Subtype"] = new PdfName("Text"),
        ["Rect"] = PdfArray.OfNumbers(300, 300, 320, 320),
        ["Contents"] = PdfString.FromText(text),
    };

    private static PdfDictionary Font(string name) => new() { ["Type"] = new PdfName("Font"), ["Subtype"] = new PdfName("Type1"), ["BaseFont"] = new PdfName(name) };

    private static int ContentNumber(PdfFile file)
    {
        PdfObject contents = file.ResolveDictionary(file.GetPages()[0])!["Contents"]!;
        return contents is PdfReference r && file.Resolve(r) is PdfStream ? r.Number : ((PdfReference)((PdfArray)file.Resolve(contents)!).Items[0]).Number;
    }

    private static PdfStream Form(string text) => new(
        new PdfDictionary { ["Type"] = new PdfName("XObject"), ["Subtype"] = new PdfName("Form"), ["BBox"] = PdfArray.OfNumbers(0, 0, 100, 20) },
        Encoding.ASCII.GetBytes(text));
}
