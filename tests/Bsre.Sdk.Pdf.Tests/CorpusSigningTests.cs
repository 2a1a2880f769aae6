using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>Every producer-corpus file signed (invisible B-B twice; visible B-T with the notice plus a document timestamp; B-LTA), checked by pdfsig and qpdf.</summary>
public sealed class CorpusSigningTests
{
    public static IEnumerable<object[]> Files => SharedPaths.CorpusFiles();

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public async Task Signs_corpus_file_twice_and_pdfsig_and_qpdf_accept_it(string name)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string input = Path.Combine(SharedPaths.Corpus, name);
        string once = env.NewOutputPath(name);
        string twice = env.NewOutputPath("2-" + name);
        using var signer = env.CreateSigner();
        var pades = new PadesSigner(signer);

        await pades.SignAsync(input, once, new PadesSignatureOptions { Reason = "Disetujui", Location = "Jakarta" });
        await pades.SignAsync(once, twice, new PadesSignatureOptions { Reason = "Second signature" });

        PdfAssert.IsPrefix(await File.ReadAllBytesAsync(input), await File.ReadAllBytesAsync(once));
        PdfAssert.IsPrefix(await File.ReadAllBytesAsync(once), await File.ReadAllBytesAsync(twice));
        await PdfAssert.QpdfCleanAsync(once);
        await PdfAssert.QpdfCleanAsync(twice);
        await PdfAssert.PdfsigValidAsync(env, once);
        await PdfAssert.PdfsigAllValidAsync(env, twice);
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public async Task Signs_corpus_file_visibly_at_BT_with_ecdsa_and_adds_a_document_timestamp(string name)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string input = Path.Combine(SharedPaths.Corpus, name);
        string signedPath = env.NewOutputPath("t-" + name);
        string stamped = env.NewOutputPath("ts-" + name);
        using var signer = env.CreateSigner(env.Pki.SignerEcdsa);

        await new PadesSigner(signer).SignAsync(input, signedPath, new PadesSignatureOptions
        {
            Level = SignatureLevel.BaselineT,
            TimestampClient = env.CreateTimestampClient(),
            Appearance = new PdfSignatureAppearance
            {
                Page = PdfSignatureAppearance.LastPage, X = 10, Y = 40, Width = 160, Height = 50,
                QrCodeUrl = new Uri("https://tte.example.go.id/verify/" + name), Notice = true,
            },
        });
        await new PadesTimestamper(env.CreateTimestampClient()).TimestampAsync(signedPath, stamped);

        PdfAssert.IsPrefix(await File.ReadAllBytesAsync(signedPath), await File.ReadAllBytesAsync(stamped));
        await PdfAssert.QpdfCleanAsync(stamped);
        await PdfAssert.PdfsigValidAsync(env, signedPath);
        await PdfAssert.PdfsigAllValidAsync(env, stamped);
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public async Task Signs_corpus_file_at_LTA(string name)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var env = await PdfTestEnvironment.GetAsync();
        string input = Path.Combine(SharedPaths.Corpus, name);
        string output = env.NewOutputPath("lta-" + name);
        using var signer = env.CreateSigner();

        await new PadesSigner(signer).SignAsync(input, output, new PadesSignatureOptions
        {
            Level = SignatureLevel.BaselineLTA,
            TimestampClient = env.CreateTimestampClient(),
        });

        PdfAssert.IsPrefix(await File.ReadAllBytesAsync(input), await File.ReadAllBytesAsync(output));
        await PdfAssert.QpdfCleanAsync(output);
        await PdfAssert.PdfsigAllValidAsync(env, output);
    }
}
