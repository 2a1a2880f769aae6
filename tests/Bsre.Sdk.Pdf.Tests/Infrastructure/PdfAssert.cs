using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Pdf.Tests.Infrastructure;

/// <summary>Checks of signed output: byte prefix, pdfsig (via verify-with-pdfsig.sh) and qpdf --check.</summary>
internal static class PdfAssert
{
    public static void IsPrefix(byte[] original, byte[] output)
    {
        Assert.True(output.Length > original.Length, "the output is not longer than the input");
        Assert.True(output.AsSpan(0, original.Length).SequenceEqual(original), "the input is not a byte prefix of the output");
    }

    public static async Task PdfsigValidAsync(PdfTestEnvironment environment, string path, params string[] options)
    {
        ProcessResult result = await WithNssAsync(environment, nss => ProcessRunner.RunAsync(
            "bash", [SharedPaths.Tool("verify-with-pdfsig.sh"), "--nssdir", nss, "--require-total", .. options, path]));
        Assert.True(result.Succeeded, $"pdfsig rejected {Path.GetFileName(path)}:\n{result.Output}");
    }

    public static async Task QpdfCleanAsync(string path, string? password = null)
    {
        Skip.IfNot(ProcessRunner.IsOnPath("qpdf"), "qpdf is not installed (apt-get install qpdf).");
        ProcessResult result = await ProcessRunner.RunAsync("qpdf", ["--check", .. password is null ? Array.Empty<string>() : ["--password=" + password], path]);
        Assert.True(result.Succeeded, $"qpdf --check exit {result.ExitCode} for {Path.GetFileName(path)}:\n{result.Output}");
    }

    /// <summary>
    /// pdfsig on a file with several signatures and document timestamps: every CAdES signature's digest valid and
    /// certificate trusted, and the last revision covering the whole file. pdfsig 22.12 cannot check ETSI.RFC3161, so document
    /// timestamps are checked here instead: imprint = digest of the ByteRange, token signature valid.
    /// <paramref name="password"/> opens an encrypted file (given to pdfsig as both owner and user password).
    /// </summary>
    public static async Task PdfsigAllValidAsync(PdfTestEnvironment environment, string path, bool requireTotal = true, string? password = null)
    {
        byte[] bytes = await File.ReadAllBytesAsync(path);
        string[] passwords = password is null ? [] : ["-opw", password, "-upw", password];
        string output = (await WithNssAsync(environment, async nss =>
        {
            await RepeatedCertificates.ImportAsync(nss, bytes, password);
            return await ProcessRunner.RunAsync("pdfsig", ["-nssdir", "sql:" + nss, .. passwords, path]);
        })).Output;
        string[] blocks = output.Split("Signature #")[1..];
        Assert.NotEmpty(blocks);
        var cades = blocks.Where(b => b.Contains("ETSI.CAdES.detached", StringComparison.Ordinal)).ToList();
        Assert.All(cades, b => Assert.True(b.Contains("Signature is Valid.", StringComparison.Ordinal) && b.Contains("Certificate is Trusted.", StringComparison.Ordinal), output));
        Assert.True(!requireTotal || blocks[^1].Contains("- Total document signed", StringComparison.Ordinal), output);

        foreach (var stamp in SignedPdfInspector.Read(bytes, password).Where(s => s.SubFilter == "ETSI.RFC3161"))
        {
            var token = Bsre.Sdk.Timestamping.TimestampToken.Decode(stamp.ContentsDer);
            Assert.True(token.MessageImprint.Span.SequenceEqual(stamp.Digest(bytes, token.HashAlgorithm)), "document timestamp imprint mismatch");
            token.VerifySignature();
        }
    }

    /// <summary>Runs a pdfsig command with its own copy of the NSS database (concurrent runs sharing one fail at random).</summary>
    private static async Task<ProcessResult> WithNssAsync(PdfTestEnvironment environment, Func<string, Task<ProcessResult>> run)
    {
        Skip.IfNot(ProcessRunner.IsOnPath("pdfsig") && ProcessRunner.IsOnPath("certutil"), "pdfsig or certutil is not installed (apt-get install poppler-utils libnss3-tools).");
        string nss = environment.CopyNssDatabase();
        try
        {
            return await run(nss);
        }
        finally
        {
            Directory.Delete(nss, recursive: true);
        }
    }
}
