using System.Globalization;
using System.Text.Json;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Tests.Validation;

/// <summary>WriteJson follows the <c>--json</c> report contract of /work/shared/reference/cli.md.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class ValidationReportJsonTests(PkiFixture fixture)
{
    private static readonly string[] SignatureFields =
        ["id", "kind", "indication", "subIndication", "level", "signer", "signingTime", "timestampTime", "chain", "errors", "warnings", "timestamps", "findings"];

    private static readonly string[] CertificateFields = ["subject", "issuer", "serial", "notBefore", "notAfter", "revocation"];

    [Fact]
    public async Task WriteJsonAsync_writes_what_WriteJson_writes_without_one_synchronous_write()
    {
        byte[] content = Cades.Content();
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, content, fixture.Options(), fixture.Clock);
        var report = new ValidationReport((await Cades.ValidateAsync(cms, content, fixture.TrustRoot())).Signatures, "contract.p7s");
        using var expected = new MemoryStream();
        report.WriteJson(expected);

        await using var response = new AsyncOnlyStream();
        await report.WriteJsonAsync(response);

        Assert.Equal(expected.ToArray(), response.ToArray());
        Assert.Throws<InvalidOperationException>(() => report.WriteJson(new AsyncOnlyStream())); // what an ASP.NET Core response body does
    }

    [Fact]
    public async Task Passed_B_T_signature_has_every_contract_field()
    {
        byte[] content = Cades.Content();
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, content, fixture.Options(timestamp: true), fixture.Clock);
        var report = await Cades.ValidateAsync(cms, content, fixture.TrustRoot());

        using JsonDocument json = Write(new ValidationReport(report.Signatures, "contract.p7s"));

        JsonElement root = json.RootElement;
        Assert.Equal("contract.p7s", root.GetProperty("file").GetString());
        Assert.Equal("TOTAL_PASSED", root.GetProperty("indication").GetString());
        JsonElement signature = Assert.Single(root.GetProperty("signatures").EnumerateArray());
        Assert.Equal(SignatureFields, signature.EnumerateObject().Select(p => p.Name));
        Assert.Equal("SignerInfo 1", signature.GetProperty("id").GetString());
        Assert.Equal("signature", signature.GetProperty("kind").GetString());
        Assert.Equal("TOTAL_PASSED", signature.GetProperty("indication").GetString());
        Assert.Equal(JsonValueKind.Null, signature.GetProperty("subIndication").ValueKind);
        Assert.Equal("CAdES-BASELINE-T", signature.GetProperty("level").GetString());
        Assert.Equal(fixture.Pki.SignerRsa.Subject, signature.GetProperty("signer").GetString());
        Assert.Equal(fixture.SigningTime, Time(signature.GetProperty("signingTime")));
        Assert.Equal(fixture.TimestampTime, Time(signature.GetProperty("timestampTime")));
        Assert.Empty(signature.GetProperty("errors").EnumerateArray());
        Assert.Equal(JsonValueKind.Array, signature.GetProperty("warnings").ValueKind);
        JsonElement timestamp = Assert.Single(signature.GetProperty("timestamps").EnumerateArray());
        Assert.Equal(["kind", "time", "tsa", "indication", "subIndication"], timestamp.EnumerateObject().Select(p => p.Name));
        Assert.Equal("signature", timestamp.GetProperty("kind").GetString());
        Assert.Equal(fixture.TimestampTime, Time(timestamp.GetProperty("time")));
        Assert.Equal(fixture.Pki.Tsa.Subject, timestamp.GetProperty("tsa").GetString());
        Assert.Equal("TOTAL_PASSED", timestamp.GetProperty("indication").GetString());
        Assert.Equal(JsonValueKind.Null, timestamp.GetProperty("subIndication").ValueKind);
        Assert.Equal(JsonValueKind.Array, signature.GetProperty("findings").ValueKind);

        JsonElement[] chain = [.. signature.GetProperty("chain").EnumerateArray()];
        Assert.Equal(3, chain.Length);
        JsonElement leaf = chain[0];
        Assert.Equal(CertificateFields, leaf.EnumerateObject().Select(p => p.Name));
        var certificate = fixture.Pki.SignerRsa.Certificate;
        Assert.Equal(certificate.Subject, leaf.GetProperty("subject").GetString());
        Assert.Equal(certificate.Issuer, leaf.GetProperty("issuer").GetString());
        Assert.Equal(certificate.SerialNumber.ToLowerInvariant(), leaf.GetProperty("serial").GetString());
        Assert.Equal(new DateTimeOffset(certificate.NotBefore.ToUniversalTime()), Time(leaf.GetProperty("notBefore")));
        Assert.Equal(new DateTimeOffset(certificate.NotAfter.ToUniversalTime()), Time(leaf.GetProperty("notAfter")));
        JsonElement revocation = leaf.GetProperty("revocation");
        Assert.Equal("good", revocation.GetProperty("status").GetString());
        Assert.Equal("embedded-crl", revocation.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, revocation.GetProperty("revokedAt").ValueKind);
        Assert.Equal(JsonValueKind.String, revocation.GetProperty("thisUpdate").ValueKind);
        Assert.Equal("unchecked", chain[2].GetProperty("revocation").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Failed_signature_has_screaming_snake_case_subindication_and_errors()
    {
        byte[] content = Cades.Content();
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerEcdsa, content, fixture.Options());
        var report = await Cades.ValidateAsync(CmsSurgery.FlipSignatureValueByte(cms), content, fixture.TrustRoot());

        using JsonDocument json = Write(report);

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("file").ValueKind);
        Assert.Equal("TOTAL_FAILED", json.RootElement.GetProperty("indication").GetString());
        JsonElement signature = json.RootElement.GetProperty("signatures")[0];
        Assert.Equal("TOTAL_FAILED", signature.GetProperty("indication").GetString());
        Assert.Equal("SIG_CRYPTO_FAILURE", signature.GetProperty("subIndication").GetString());
        Assert.Equal(JsonValueKind.Null, signature.GetProperty("level").ValueKind);
        Assert.Equal(JsonValueKind.Null, signature.GetProperty("timestampTime").ValueKind);
        Assert.NotEmpty(signature.GetProperty("errors").EnumerateArray());
        JsonElement finding = Assert.Single(signature.GetProperty("findings").EnumerateArray());
        Assert.Equal(["code", "severity", "message"], finding.EnumerateObject().Select(p => p.Name));
        Assert.Equal("SIGNATURE_VALUE_INVALID", finding.GetProperty("code").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(signature.GetProperty("errors")[0].GetString(), finding.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Indeterminate_subindications_use_the_standard_words()
    {
        byte[] cms = await Cades.SignDetachedAsync(fixture.Pki.SignerExpired, Cades.Content(), fixture.Options());
        var report = await Cades.ValidateAsync(cms, Cades.Content(), fixture.TrustRoot());

        using JsonDocument json = Write(report);

        Assert.Equal("INDETERMINATE", json.RootElement.GetProperty("indication").GetString());
        Assert.Equal("OUT_OF_BOUNDS_NO_POE", json.RootElement.GetProperty("signatures")[0].GetProperty("subIndication").GetString());
    }

    [Fact]
    public void Report_without_signatures_is_NO_SIGNATURE()
    {
        using JsonDocument json = Write(new ValidationReport([], "empty.p7s"));

        Assert.Equal("NO_SIGNATURE", json.RootElement.GetProperty("indication").GetString());
        Assert.Empty(json.RootElement.GetProperty("signatures").EnumerateArray());
    }

    private static JsonDocument Write(ValidationReport report)
    {
        using var output = new MemoryStream();
        report.WriteJson(output);
        return JsonDocument.Parse(output.ToArray());
    }

    private static DateTimeOffset Time(JsonElement element)
        => DateTimeOffset.ParseExact(element.GetString()!, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>Refuses synchronous writes as an ASP.NET Core response body does ("Synchronous operations are disallowed").</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        private readonly MemoryStream _written = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] ToArray() => _written.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => _written.WriteAsync(buffer, cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => _written.WriteAsync(buffer, offset, count, cancellationToken);

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
