using System.Diagnostics;
using System.IO.Compression;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>Malformed and hostile input never crashes or hangs: each limit gives a typed error.</summary>
public sealed class LimitsTests
{
    [SkippableFact]
    public async Task Too_many_objects_is_a_typed_error()
    {
        var (env, signed) = await SignedAsync(SignatureLevel.BaselineB);
        var error = await AssertLimitAsync(env, signed, new PdfLimits { MaxObjects = 5 });
        Assert.Equal(nameof(PdfLimits.MaxObjects), error.Limit);
    }

    [SkippableFact]
    public async Task A_long_stream_is_a_typed_error()
    {
        var (env, signed) = await SignedAsync(SignatureLevel.BaselineLT);
        var error = await AssertLimitAsync(env, signed, new PdfLimits { MaxStreamLength = 100 });
        Assert.Equal(nameof(PdfLimits.MaxStreamLength), error.Limit);
    }

    [SkippableFact]
    public async Task A_decompression_bomb_stops_at_the_limit()
    {
        var (env, signed) = await SignedAsync(SignatureLevel.BaselineB);
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[16 << 20]);
        }

        byte[] bomb = AttackGenerator.Update(signed, (u, f) => u.Edit((PdfReference)f.Trailer["Root"]!)["DSS"] = new PdfDictionary
        {
            ["Certs"] = new PdfArray([u.Add(new PdfStream(new PdfDictionary { ["Filter"] = new PdfName("FlateDecode") }, packed.ToArray()))]),
        });
        var error = await AssertLimitAsync(env, bomb, new PdfLimits { MaxStreamLength = 1 << 20 });
        Assert.Equal(nameof(PdfLimits.MaxStreamLength), error.Limit);
    }

    [SkippableFact]
    public async Task Deep_nesting_is_a_typed_error()
    {
        var (env, signed) = await SignedAsync(SignatureLevel.BaselineB);
        byte[] deep = AttackGenerator.Update(signed, (u, f) =>
        {
            PdfObject nested = new PdfNumber(1);
            for (int i = 0; i < 5000; i++)
            {
                nested = new PdfArray([nested]);
            }

            u.Edit((PdfReference)f.Trailer["Root"]!)["Deep"] = u.Add(nested);
            u.Edit(f.GetPages()[0])["Deep"] = nested;
        });
        await Assert.ThrowsAsync<DocumentFormatException>(() => ValidationFixture.ValidateAsync(env, deep));
    }

    [SkippableFact]
    public async Task Truncated_and_corrupted_files_give_a_report_or_a_typed_error_quickly()
    {
        var (env, signed) = await SignedAsync(SignatureLevel.BaselineT);
        var random = new Random(20261124);
        var variants = new List<byte[]>();
        for (int i = 0; i < 40; i++)
        {
            variants.Add(signed[..random.Next(signed.Length)]);
            byte[] flipped = (byte[])signed.Clone();
            for (int j = 0; j < 1 + random.Next(8); j++)
            {
                flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
            }

            variants.Add(flipped);
        }

        variants.Add([]);
        variants.Add("%PDF-1.7\n"u8.ToArray());
        foreach (byte[] variant in variants)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                await ValidationFixture.ValidateAsync(env, variant, offline: true);
            }
            catch (DocumentFormatException)
            {
                // a typed refusal is a correct outcome
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"validation of a {variant.Length}-byte variant took {clock.Elapsed}");
        }
    }

    [SkippableFact]
    public async Task More_VRI_entries_than_signatures_allowed_is_a_typed_error_not_a_partial_read()
    {
        var (env, signed) = await SignedAsync(SignatureLevel.BaselineB);
        byte[] many = AttackGenerator.Update(signed, (u, f) =>
        {
            var vri = new PdfDictionary();
            for (int i = 0; i < 4; i++)
            {
                vri[$"{i:X40}"] = new PdfDictionary();
            }

            u.Edit((PdfReference)f.Trailer["Root"]!)["DSS"] = new PdfDictionary { ["VRI"] = vri };
        });

        var error = await AssertLimitAsync(env, many, new PdfLimits { MaxSignatures = 3 });
        Assert.Equal(nameof(PdfLimits.MaxSignatures), error.Limit);
    }

    [SkippableFact]
    public async Task A_field_tree_larger_than_the_object_limit_is_a_typed_error_not_a_partial_list()
    {
        var (_, signed) = await SignedAsync(SignatureLevel.BaselineB);
        byte[] fields = AttackGenerator.Update(signed, (u, f) =>
        {
            var form = u.Edit((PdfReference)f.Catalog["AcroForm"]!);
            var items = ((PdfArray)f.Resolve(form["Fields"])!).Items.ToList();
            for (int i = 0; i < 4; i++)
            {
                items.Add(u.Add(new PdfDictionary { ["FT"] = new PdfName("Tx"), ["T"] = PdfString.FromText($"Field{i}") }));
            }

            form["Fields"] = new PdfArray(items);
        });

        var file = PdfFile.Open(new MemoryStream(fields), budget: new PdfReadBudget(new PdfLimits { MaxObjects = 3 }));
        var error = Assert.Throws<DocumentLimitException>(() => Bsre.Sdk.Pdf.Signing.FieldTree.Of(file));
        Assert.Equal(nameof(PdfLimits.MaxObjects), error.Limit);
        Assert.Equal(5, Bsre.Sdk.Pdf.Signing.FieldTree.Of(PdfFile.Open(new MemoryStream(fields))).Count);
    }

    private static async Task<(PdfTestEnvironment Env, byte[] Signed)> SignedAsync(SignatureLevel level)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string path = await ValidationFixture.SignAsync(env, ValidationFixture.Corpus("01-gs-ps2pdf-letter.pdf"), level, name: "limits-" + level);
        return (env, await File.ReadAllBytesAsync(path));
    }

    private static async Task<DocumentLimitException> AssertLimitAsync(PdfTestEnvironment env, byte[] pdf, PdfLimits limits)
        => await Assert.ThrowsAsync<DocumentLimitException>(() => new PadesValidator(ValidationFixture.Options(env, offline: true), limits: limits).ValidateAsync(new MemoryStream(pdf)));
}
