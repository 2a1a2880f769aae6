using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pdf.Tests.Validation;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Tests;

/// <summary>
/// Encrypted inputs (qpdf, standard security handler: RC4-128, AES-128, AES-256; empty or set user password)
/// signed as incremental updates: pdfsig and qpdf accept the output, the input is a byte prefix, and our
/// validator says TOTAL_PASSED; a wrong password, forbidding permissions and tampering give typed errors or failures.
/// </summary>
public sealed class EncryptedPdfSigningTests
{
    public static TheoryData<string, string, SignatureLevel> Cases()
    {
        var data = new TheoryData<string, string, SignatureLevel>();
        foreach (string cipher in new[] { "rc4-128", "aes-128", "aes-256" })
        {
            data.Add(cipher, string.Empty, SignatureLevel.BaselineB);
            data.Add(cipher, "usersecret", SignatureLevel.BaselineT);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Signs_encrypted_pdf_and_pdfsig_qpdf_and_our_validator_accept_it(string cipher, string userPassword, SignatureLevel level)
    {
        var env = await PdfTestEnvironment.GetAsync();
        string input = await EncryptedFixture.CreateAsync(env, cipher, userPassword);
        string signed = await ValidationFixture.SignAsync(env, input, level, new PadesSignatureOptions { Reason = "Disetujui", PdfPassword = userPassword.AsMemory() }, cipher);

        PdfAssert.IsPrefix(await File.ReadAllBytesAsync(input), await File.ReadAllBytesAsync(signed));
        await PdfAssert.QpdfCleanAsync(signed, userPassword);
        await PdfAssert.PdfsigAllValidAsync(env, signed, password: userPassword);
        var report = await new PadesValidator(ValidationFixture.Options(env, offline: false)).ValidateAsync(signed, userPassword.AsMemory());
        var signature = Assert.Single(report.Signatures);
        Assert.True(signature.Indication == ValidationIndication.TotalPassed, ValidationFixture.Describe(report));
        Assert.True(signature.CoversWholeDocument);
        Assert.Equal("none", signature.Modifications);
        Assert.Equal("Signature1", signature.Id); // the field's /T, written encrypted and read back decrypted
        Assert.Equal(level == SignatureLevel.BaselineB ? "PAdES-BASELINE-B" : "PAdES-BASELINE-T", signature.Level);
    }

    [SkippableTheory]
    [InlineData("minimal-with-field-rc4.pdf")]
    [InlineData("minimal-with-field-aes256.pdf")]
    public async Task Signs_pyHanko_encrypted_files_into_their_empty_field(string name)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        string input = Path.Combine(SharedPaths.SharedRoot!, "corpus", "external", "pyHanko", "test_data", "pdf", name);
        Skip.IfNot(File.Exists(input), $"the pyHanko corpus file {name} is not present");
        var env = await PdfTestEnvironment.GetAsync();
        const string password = "usersecret";
        string signed = await ValidationFixture.SignAsync(env, input, SignatureLevel.BaselineB, new PadesSignatureOptions { PdfPassword = password.AsMemory() }, name);

        PdfAssert.IsPrefix(await File.ReadAllBytesAsync(input), await File.ReadAllBytesAsync(signed));
        await PdfAssert.QpdfCleanAsync(signed, password);
        await PdfAssert.PdfsigAllValidAsync(env, signed, password: password);
        var report = await new PadesValidator(ValidationFixture.Options(env, offline: false)).ValidateAsync(signed, password.AsMemory());
        var signature = Assert.Single(report.Signatures);
        Assert.True(signature.Indication == ValidationIndication.TotalPassed, ValidationFixture.Describe(report));
        Assert.Equal("Sig1", signature.Id);
    }

    [SkippableFact]
    public async Task Signs_a_password_protected_pdf_visibly_at_an_anchor_and_adds_a_document_timestamp()
    {
        var env = await PdfTestEnvironment.GetAsync();
        const string password = "usersecret";
        string input = await EncryptedFixture.CreateAsync(env, "aes-128", password);
        string signedPath = env.NewOutputPath("visible-encrypted.pdf");
        string stamped = env.NewOutputPath("stamped-encrypted.pdf");
        using var signer = env.CreateSigner(env.Pki.SignerEcdsa);

        await new PadesSigner(signer).SignAsync(input, signedPath, new PadesSignatureOptions
        {
            PdfPassword = password.AsMemory(),
            Appearance = new PdfSignatureAppearance { AnchorText = "#", Width = 160, Height = 50, QrCodeUrl = new Uri("https://tte.example.go.id/verify/1"), Notice = true },
        });
        await new PadesTimestamper(env.CreateTimestampClient()).TimestampAsync(signedPath, stamped, new PadesTimestampOptions { PdfPassword = password.AsMemory() });

        PdfAssert.IsPrefix(await File.ReadAllBytesAsync(signedPath), await File.ReadAllBytesAsync(stamped));
        await PdfAssert.QpdfCleanAsync(stamped, password);
        await PdfAssert.PdfsigAllValidAsync(env, stamped, password: password);
        var report = await new PadesValidator(ValidationFixture.Options(env, offline: false)).ValidateAsync(stamped, password.AsMemory());
        Assert.Equal(2, report.Signatures.Count);
        Assert.All(report.Signatures, s => Assert.True(s.Indication == ValidationIndication.TotalPassed, ValidationFixture.Describe(report)));
    }

    [SkippableFact]
    public async Task Signs_an_encrypted_pdf_at_LTA_with_the_owner_password()
    {
        var env = await PdfTestEnvironment.GetAsync();
        string input = await EncryptedFixture.CreateAsync(env, "aes-256", "usersecret");
        string signed = await ValidationFixture.SignAsync(env, input, SignatureLevel.BaselineLTA, new PadesSignatureOptions { PdfPassword = EncryptedFixture.OwnerPassword.AsMemory() }, "lta");

        await PdfAssert.QpdfCleanAsync(signed, EncryptedFixture.OwnerPassword);
        await PdfAssert.PdfsigAllValidAsync(env, signed, password: EncryptedFixture.OwnerPassword);
        var report = await new PadesValidator(ValidationFixture.Options(env, offline: true)).ValidateAsync(signed, "usersecret".AsMemory());
        Assert.Equal(2, report.Signatures.Count);
        Assert.All(report.Signatures, s => Assert.True(s.Indication == ValidationIndication.TotalPassed, ValidationFixture.Describe(report)));
        Assert.Equal("PAdES-BASELINE-LTA", report.Signatures[0].Level);
    }

    [SkippableTheory]
    [InlineData("rc4-128")]
    [InlineData("aes-256")]
    public async Task Wrong_or_missing_password_is_a_typed_error_and_leaves_no_output(string cipher)
    {
        var env = await PdfTestEnvironment.GetAsync();
        string input = await EncryptedFixture.CreateAsync(env, cipher, "usersecret");
        string output = env.NewOutputPath("wrong.pdf");
        using var signer = env.CreateSigner();

        var wrong = await Assert.ThrowsAsync<PdfPasswordException>(() =>
            new PadesSigner(signer).SignAsync(input, output, new PadesSignatureOptions { PdfPassword = "not-it".AsMemory() }));
        Assert.Contains("the PDF's password is wrong", wrong.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-it", wrong.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        var missing = await Assert.ThrowsAsync<PdfPasswordException>(() => new PadesValidator(ValidationFixture.Options(env, offline: true)).ValidateAsync(input));
        Assert.Contains("user password", missing.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Permissions_that_forbid_signing_need_the_owner_password()
    {
        var env = await PdfTestEnvironment.GetAsync();
        string input = await EncryptedFixture.CreateAsync(env, "aes-256", string.Empty, "--form=n", "--annotate=n");
        string output = env.NewOutputPath("forbidden.pdf");
        using var signer = env.CreateSigner();

        var e = await Assert.ThrowsAsync<PdfPasswordException>(() => new PadesSigner(signer).SignAsync(input, output));
        Assert.Contains("owner password", e.Message, StringComparison.Ordinal);
        await new PadesSigner(signer).SignAsync(input, output, new PadesSignatureOptions { PdfPassword = EncryptedFixture.OwnerPassword.AsMemory() });
        await PdfAssert.PdfsigAllValidAsync(env, output);
    }

    [SkippableFact]
    public async Task Tampering_with_a_signed_encrypted_pdf_fails_validation()
    {
        var env = await PdfTestEnvironment.GetAsync();
        string input = await EncryptedFixture.CreateAsync(env, "aes-128", string.Empty);
        string signed = await ValidationFixture.SignAsync(env, input, SignatureLevel.BaselineB, name: "tamper");
        byte[] bytes = await File.ReadAllBytesAsync(signed);
        int at = bytes.AsSpan().IndexOf("stream\n"u8) + 20; // inside the first (encrypted) stream
        bytes[at] ^= 0x01;

        var report = await ValidationFixture.ValidateAsync(env, bytes, offline: true);
        var signature = Assert.Single(report.Signatures);
        Assert.Equal(ValidationIndication.TotalFailed, signature.Indication);
    }

    [SkippableFact]
    public void Public_key_security_handler_is_refused_with_a_typed_error()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        string path = Path.Combine(SharedPaths.SharedRoot!, "corpus", "external", "pyHanko", "test_data", "pdf", "minimal-pubkey-aes256.pdf");
        Skip.IfNot(File.Exists(path), "the pyHanko corpus file minimal-pubkey-aes256.pdf is not present");
        using var stream = File.OpenRead(path);
        var e = Assert.Throws<DocumentFormatException>(() => Raw.PdfFile.Open(stream));
        Assert.Contains("Adobe.PubSec", e.Message, StringComparison.Ordinal);
    }
}
