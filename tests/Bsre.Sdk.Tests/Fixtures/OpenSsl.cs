namespace Bsre.Sdk.Tests.Fixtures;

/// <summary>Verifies CMS signatures and timestamp tokens with the openssl command line, trusting only the test root.</summary>
public static class OpenSsl
{
    /// <summary>Runs <c>openssl cms -verify</c>; detached when <paramref name="content"/> is given.</summary>
    public static async Task<ProcessResult> VerifyCmsAsync(PkiFixture fixture, byte[] signature, byte[]? content)
    {
        string work = fixture.NewWorkDirectory();
        string signaturePath = Write(work, "sig.p7s", signature);
        List<string> arguments =
        [
            "cms", "-verify", "-binary", "-inform", "DER", "-in", signaturePath,
            "-CAfile", fixture.RootPem, "-no-CApath", "-no-CAstore", "-untrusted", fixture.IntermediatePem,
            "-purpose", "any", "-out", Path.Combine(work, "out.bin"),
        ];
        if (content is not null)
        {
            arguments.AddRange(["-content", Write(work, "data.bin", content)]);
        }

        return await ProcessRunner.RunAsync("openssl", arguments);
    }

    /// <summary>Runs <c>openssl ts -verify</c> of a bare TimeStampToken over <paramref name="data"/>.</summary>
    public static async Task<ProcessResult> VerifyTimestampTokenAsync(PkiFixture fixture, byte[] token, byte[] data)
    {
        string work = fixture.NewWorkDirectory();
        return await ProcessRunner.RunAsync("openssl",
        [
            "ts", "-verify", "-data", Write(work, "data.bin", data), "-in", Write(work, "token.tst", token), "-token_in",
            "-CAfile", fixture.RootPem, "-untrusted", fixture.IntermediatePem,
        ]);
    }

    public static string Write(string directory, string name, byte[] bytes)
    {
        string path = Path.Combine(directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
