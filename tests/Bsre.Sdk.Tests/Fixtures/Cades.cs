using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Tests.Fixtures;

/// <summary>Signs and validates byte arrays with the SDK, so tests state only what differs.</summary>
public static class Cades
{
    public static async Task<byte[]> SignDetachedAsync(TestIdentity identity, byte[] content, CadesSignatureOptions options, TimeProvider? clock = null, HttpClient? http = null)
    {
        using var signer = PkiFixture.SignerFor(identity);
        return await SignDetachedAsync(signer, content, options, clock, http);
    }

    public static async Task<byte[]> SignDetachedAsync(Signer signer, byte[] content, CadesSignatureOptions options, TimeProvider? clock = null, HttpClient? http = null)
    {
        using var stream = new MemoryStream(content, writable: false);
        return await new CadesSigner(signer, options, http, clock).SignDetachedAsync(stream);
    }

    public static async Task<byte[]> SignAttachedAsync(TestIdentity identity, byte[] content, CadesSignatureOptions options, TimeProvider? clock = null)
    {
        using var signer = PkiFixture.SignerFor(identity);
        using var input = new MemoryStream(content, writable: false);
        using var output = new MemoryStream();
        await new CadesSigner(signer, options, timeProvider: clock).SignAttachedAsync(input, output);
        return output.ToArray();
    }

    public static async Task<ValidationReport> ValidateAsync(byte[] signature, byte[]? detachedContent, SignatureValidationOptions options)
    {
        using var signatureStream = new MemoryStream(signature, writable: false);
        using var contentStream = detachedContent is null ? null : new MemoryStream(detachedContent, writable: false);
        return await new CadesValidator(options).ValidateAsync(signatureStream, contentStream)
            .WaitAsync(TimeSpan.FromMinutes(1));
    }

    /// <summary>Validates and returns the single SignerInfo's result.</summary>
    public static async Task<SignatureValidationResult> ValidateSingleAsync(byte[] signature, byte[]? detachedContent, SignatureValidationOptions options)
    {
        ValidationReport report = await ValidateAsync(signature, detachedContent, options);
        return Assert.Single(report.Signatures);
    }

    /// <summary>Deterministic test content of <paramref name="length"/> bytes.</summary>
    public static byte[] Content(int length = 4096, int seed = 42)
    {
        byte[] content = new byte[length];
        new Random(seed).NextBytes(content);
        return content;
    }

    public static string Describe(SignatureValidationResult result)
        => $"{result.Indication}/{result.SubIndication}; errors: {string.Join(" | ", result.Errors)}; warnings: {string.Join(" | ", result.Warnings)}";
}
