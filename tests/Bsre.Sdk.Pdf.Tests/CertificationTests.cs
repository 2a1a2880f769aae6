using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Tests.Infrastructure;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>Certification signatures (DocMDP) and field locks (FieldMDP).</summary>
public sealed class CertificationTests
{
    [SkippableTheory]
    [InlineData(PdfCertification.NoChanges, 1)]
    [InlineData(PdfCertification.FormFilling, 2)]
    [InlineData(PdfCertification.Annotations, 3)]
    public async Task Certification_signature_writes_DocMDP_in_the_signature_and_the_catalog(PdfCertification level, int p)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string output = env.NewOutputPath("certified.pdf");
        using var signer = env.CreateSigner();
        await new PadesSigner(signer).SignAsync(Path.Combine(SharedPaths.Corpus, "04-pdflatex-letter.pdf"), output, new PadesSignatureOptions { Certification = level });

        await PdfAssert.QpdfCleanAsync(output);
        await PdfAssert.PdfsigValidAsync(env, output);
        await using var stream = File.OpenRead(output);
        var file = PdfFile.Open(stream);
        var perms = file.ResolveDictionary(file.Catalog["Perms"])!;
        var signature = file.ResolveDictionary(perms["DocMDP"])!;
        var reference = (PdfDictionary)((PdfArray)signature["Reference"]!).Items[0];
        Assert.Equal("DocMDP", reference.GetName("TransformMethod"));
        Assert.Equal(p, ((PdfNumber)((PdfDictionary)reference["TransformParams"]!)["P"]!).LongValue);

        using var second = env.CreateSigner();
        if (level == PdfCertification.NoChanges)
        {
            await Assert.ThrowsAsync<DocumentFormatException>(() => new PadesSigner(second).SignAsync(output, env.NewOutputPath("approval.pdf")));
        }
        else
        {
            await Assert.ThrowsAsync<ArgumentException>(() =>
                new PadesSigner(second).SignAsync(output, env.NewOutputPath("recertified.pdf"), new PadesSignatureOptions { Certification = level }));
        }

        string stamped = env.NewOutputPath("certified-stamped.pdf");
        await new PadesTimestamper(env.CreateTimestampClient()).TimestampAsync(output, stamped);
        await PdfAssert.PdfsigAllValidAsync(env, stamped);
    }

    [SkippableFact]
    public async Task Field_lock_writes_Lock_on_the_field_and_a_FieldMDP_reference()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string output = env.NewOutputPath("locked.pdf");
        using var signer = env.CreateSigner();
        var fieldLock = new PdfFieldLock { Action = PdfFieldLockAction.Include };
        fieldLock.Fields.Add("Signature1");
        await new PadesSigner(signer).SignAsync(Path.Combine(SharedPaths.Corpus, "20-handmade-acroform-empty-sigfield.pdf"), output, new PadesSignatureOptions { FieldLock = fieldLock });

        await PdfAssert.QpdfCleanAsync(output);
        await PdfAssert.PdfsigValidAsync(env, output);
        var value = Assert.Single(SignedPdfInspector.Read(await File.ReadAllBytesAsync(output)));
        Assert.Contains("FieldMDP", value.Dictionary.ToString(), StringComparison.Ordinal);
        await using var stream = File.OpenRead(output);
        var file = PdfFile.Open(stream);
        var form = file.ResolveDictionary(file.Catalog["AcroForm"])!;
        var field = file.ResolveDictionary(((PdfArray)file.Resolve(form["Fields"])!).Items[0])!;
        Assert.Equal("Include", ((PdfDictionary)field["Lock"]!).GetName("Action"));
    }
}
