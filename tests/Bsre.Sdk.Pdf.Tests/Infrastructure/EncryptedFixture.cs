using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Pdf.Tests.Infrastructure;

/// <summary>Encrypts the repository's sample PDF with <c>qpdf --encrypt</c> at test time (skipped when qpdf is absent).</summary>
internal static class EncryptedFixture
{
    public const string OwnerPassword = "ownersecret";

    /// <summary>Gets the qpdf key-length arguments of each cipher the tests cover.</summary>
    public static string[] CipherArguments(string cipher) => cipher switch
    {
        "rc4-128" => ["128", "--use-aes=n"],
        "aes-128" => ["128", "--use-aes=y"],
        "aes-256" => ["256"],
        _ => throw new ArgumentOutOfRangeException(nameof(cipher), cipher, "unknown cipher"),
    };

    /// <summary>Writes the sample PDF encrypted with <paramref name="cipher"/>, the user password and <see cref="OwnerPassword"/>.</summary>
    /// <param name="env">Where outputs go.</param>
    /// <param name="cipher">rc4-128, aes-128 or aes-256.</param>
    /// <param name="userPassword">The user password ("" for none).</param>
    /// <param name="restrictions">Further qpdf restriction flags, e.g. --form=n.</param>
    public static async Task<string> CreateAsync(PdfTestEnvironment env, string cipher, string userPassword, params string[] restrictions)
    {
        Skip.IfNot(ExternalTool.Exists("qpdf"), "qpdf is not installed (apt-get install qpdf).");
        string plain = env.NewOutputPath("plain.pdf");
        string encrypted = env.NewOutputPath($"{cipher}.pdf");
        await File.WriteAllBytesAsync(plain, SamplePdf.Create());
        string[] weak = cipher.StartsWith("rc4", StringComparison.Ordinal) ? ["--allow-weak-crypto"] : [];
        var (code, output) = await ExternalTool.RunAsync("qpdf", [.. weak, "--encrypt", userPassword, OwnerPassword, .. CipherArguments(cipher), .. restrictions, "--", plain, encrypted]);
        Assert.True(code == 0, $"qpdf --encrypt failed:\n{output}");
        return encrypted;
    }
}
