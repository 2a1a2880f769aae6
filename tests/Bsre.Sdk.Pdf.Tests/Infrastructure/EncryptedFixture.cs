using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Pdf.Tests.Infrastructure;

/// <summary>Encrypts the repository's sample PDF with <c>qpdf --encrypt</c> at test time (skipped when qpdf is absent).</summary>
internal static class EncryptedFixture
{
    public const string OwnerPassword = "ownersecret";

    /// <summary>Gets the qpdf key-length arguments of each variant the tests cover (handler V and R in the comments).</summary>
    public static string[] CipherArguments(string cipher) => cipher switch
    {
        "rc4-40" => ["40"], // V1 R2
        "rc4-128" => ["128", "--use-aes=n"], // V2 R3
        "rc4-128-v4" => ["128", "--use-aes=n", "--force-V4"], // V4 R4, crypt filter /V2
        "aes-128" => ["128", "--use-aes=y"], // V4 R4 AESV2
        "aes-128-cleartext-metadata" => ["128", "--use-aes=y", "--cleartext-metadata"], // V4 R4, /EncryptMetadata false
        "aes-256-r5" => ["256", "--force-R5"], // V5 R5
        "aes-256" => ["256"], // V5 R6
        "aes-256-objstm" => ["256", "--", "--object-streams=generate"], // V5 R6, object and xref streams
        _ => throw new ArgumentOutOfRangeException(nameof(cipher), cipher, "unknown cipher"),
    };

    /// <summary>Writes the sample PDF encrypted with <paramref name="cipher"/>, the user password and <see cref="OwnerPassword"/>.</summary>
    /// <param name="env">Where outputs go.</param>
    /// <param name="cipher">rc4-128, aes-128 or aes-256.</param>
    /// <param name="userPassword">The user password ("" for none).</param>
    /// <param name="restrictions">Further qpdf restriction flags, e.g. --form=n.</param>
    public static async Task<string> CreateAsync(PdfTestEnvironment env, string cipher, string userPassword, params string[] restrictions)
    {
        Skip.IfNot(ProcessRunner.IsOnPath("qpdf"), "qpdf is not installed (apt-get install qpdf).");
        string plain = env.NewOutputPath("plain.pdf");
        string encrypted = env.NewOutputPath($"{cipher}.pdf");
        await File.WriteAllBytesAsync(plain, SamplePdf.Create());
        string[] weak = cipher.StartsWith("rc4", StringComparison.Ordinal) || cipher.EndsWith("r5", StringComparison.Ordinal) ? ["--allow-weak-crypto"] : [];
        string[] arguments = CipherArguments(cipher);
        string[] keyArguments = arguments.TakeWhile(a => a != "--").ToArray();
        string[] otherOptions = arguments.SkipWhile(a => a != "--").Skip(1).ToArray();
        ProcessResult result = await ProcessRunner.RunAsync("qpdf", [.. weak, .. otherOptions, "--encrypt", userPassword, OwnerPassword, .. keyArguments, .. restrictions, "--", plain, encrypted]);
        Assert.True(result.Succeeded, $"qpdf --encrypt failed:\n{result.Output}");
        return encrypted;
    }
}
