using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Tests.Fixtures;

/// <summary>Verifies CMS signatures and timestamp tokens with the openssl command line, trusting only the test root.</summary>
public static class OpenSsl
{
    private static readonly Lazy<Task<string>> Version = new(async () => (await ProcessRunner.RunAsync("openssl", ["version"])).StandardOutput.Trim());

    /// <summary>Gets the output of <c>openssl version</c>, e.g. "OpenSSL 3.0.19 27 Jan 2026 (…)".</summary>
    public static Task<string> VersionAsync() => Version.Value;

    /// <summary>OpenSSL signs and verifies Ed25519 CMS (pure EdDSA over the signed attributes) from 4.0 on.</summary>
    public static bool SupportsEd25519Cms(string version)
        => version.Split(' ') is [_, var number, ..] && int.TryParse(number.Split('.')[0], out int major) && major >= 4;

    /// <summary>
    /// Runs <c>openssl cms -verify</c> (OpenSSL 3.0's cms has no -untrusted; -certfile adds the intermediate) trusting only <paramref name="caFile"/> (default: the test root); detached when
    /// <paramref name="content"/> is given. Returns the process result and the content openssl extracted.
    /// </summary>
    public static Task<(ProcessResult Result, byte[] Output)> VerifyCmsAsync(PkiFixture fixture, byte[] signature, byte[]? content, string? caFile = null)
        => VerifyCmsAsync(fixture.NewWorkDirectory(), caFile ?? fixture.RootPem, fixture.IntermediatePem, signature, content);

    /// <summary>Runs <c>openssl cms -verify</c> in <paramref name="work"/>, trusting only <paramref name="caFile"/>, with <paramref name="certFile"/> as extra certificates.</summary>
    public static async Task<(ProcessResult Result, byte[] Output)> VerifyCmsAsync(string work, string caFile, string certFile, byte[] signature, byte[]? content)
    {
        Directory.CreateDirectory(work);
        string output = Path.Combine(work, "out.bin");
        List<string> arguments =
        [
            "cms", "-verify", "-binary", "-inform", "DER", "-in", Write(work, "sig.p7s", signature),
            "-CAfile", caFile, "-no-CApath", "-no-CAstore", "-certfile", certFile,
            "-purpose", "any", "-out", output,
        ];
        if (content is not null)
        {
            arguments.AddRange(["-content", Write(work, "data.bin", content)]);
        }

        ProcessResult result = await ProcessRunner.RunAsync("openssl", arguments);
        return (result, File.Exists(output) ? await File.ReadAllBytesAsync(output) : []);
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
