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
        var (code, output) = await WithNssAsync(environment, nss => ExternalTool.RunAsync(
            "bash", [SharedPaths.Tool("verify-with-pdfsig.sh"), "--nssdir", nss, "--require-total", .. options, path]));
        Assert.True(code == 0, $"pdfsig rejected {Path.GetFileName(path)}:\n{output}");
    }

    public static async Task QpdfCleanAsync(string path, string? password = null)
    {
        Skip.IfNot(ExternalTool.Exists("qpdf"), "qpdf is not installed (apt-get install qpdf).");
        var (code, output) = await ExternalTool.RunAsync("qpdf", ["--check", .. password is null ? Array.Empty<string>() : ["--password=" + password], path]);
        Assert.True(code == 0, $"qpdf --check exit {code} for {Path.GetFileName(path)}:\n{output}");
    }

    /// <summary>
    /// pdfsig on a file with several signatures and document timestamps: every CAdES signature's digest valid, the
    /// first one's certificate trusted, and the last revision covering the whole file. (pdfsig 22.12 cannot check
    /// ETSI.RFC3161, and on later signatures without a signing-time attribute it sometimes reports "Unknown issue
    /// with Certificate" depending on the byte layout; the single-signature tests require "trusted".) Document
    /// timestamps are checked here instead: imprint = digest of the ByteRange, token signature valid.
    /// <paramref name="password"/> opens an encrypted file (given to pdfsig as both owner and user password).
    /// </summary>
    public static async Task PdfsigAllValidAsync(PdfTestEnvironment environment, string path, bool requireTotal = true, string? password = null)
    {
        string[] passwords = password is null ? [] : ["-opw", password, "-upw", password];
        var (_, output) = await WithNssAsync(environment, nss => ExternalTool.RunAsync("pdfsig", ["-nssdir", "sql:" + nss, .. passwords, path]));
        string[] blocks = output.Split("Signature #")[1..];
        Assert.NotEmpty(blocks);
        var cades = blocks.Where(b => b.Contains("ETSI.CAdES.detached", StringComparison.Ordinal)).ToList();
        Assert.All(cades, b => Assert.True(b.Contains("Signature is Valid.", StringComparison.Ordinal), output));
        Assert.True(cades.Count == 0 || cades[0].Contains("Certificate is Trusted.", StringComparison.Ordinal), output);
        Assert.True(!requireTotal || blocks[^1].Contains("- Total document signed", StringComparison.Ordinal), output);

        byte[] bytes = await File.ReadAllBytesAsync(path);
        foreach (var stamp in SignedPdfInspector.Read(bytes, password).Where(s => s.SubFilter == "ETSI.RFC3161"))
        {
            var token = Bsre.Sdk.Timestamping.TimestampToken.Decode(stamp.ContentsDer);
            Assert.True(token.MessageImprint.Span.SequenceEqual(stamp.Digest(bytes, token.HashAlgorithm)), "document timestamp imprint mismatch");
            token.VerifySignature();
        }
    }

    /// <summary>Runs a pdfsig command with its own copy of the NSS database (concurrent runs sharing one fail at random).</summary>
    private static async Task<(int ExitCode, string Output)> WithNssAsync(PdfTestEnvironment environment, Func<string, Task<(int, string)>> run)
    {
        Skip.IfNot(ExternalTool.Exists("pdfsig") && ExternalTool.Exists("certutil"), "pdfsig or certutil is not installed (apt-get install poppler-utils libnss3-tools).");
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
