using Bsre.Sdk.Signing;
using Bsre.Sdk.Tests.Cli;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Tests.Signing;

/// <summary>Raising existing CMS signatures: B-B to B-T/B-LT/B-LTA, attached and detached, and renewing B-LTA.</summary>
public sealed class CadesExtenderTests(CliFixture fixture) : IClassFixture<CliFixture>, IDisposable
{
    private static readonly DerObjectIdentifier ArchiveTimestampV3 = new("0.4.0.1733.2.4");
    private readonly byte[] _content = Cades.Content();
    private readonly HttpClient _http = new();

    [Theory]
    [InlineData(SignatureLevel.BaselineT, "CAdES-BASELINE-T")]
    [InlineData(SignatureLevel.BaselineLT, "CAdES-BASELINE-LT")]
    [InlineData(SignatureLevel.BaselineLTA, "CAdES-BASELINE-LTA")]
    public async Task A_detached_B_B_signature_reaches_the_level(SignatureLevel level, string expected)
    {
        byte[] extended = await ExtendAsync(await SignAsync(attached: false), level, _content);
        var options = PkiFixture.Trust(fixture.Pki.Root);
        options.Offline = level != SignatureLevel.BaselineT; // B-T carries no revocation data: ask the live responders

        var result = await Cades.ValidateSingleAsync(extended, _content, options);

        Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
        Assert.Equal(expected, result.Level);
    }

    [Fact]
    public async Task An_attached_signature_keeps_its_content_and_verifies_in_openssl()
    {
        byte[] extended = await ExtendAsync(await SignAsync(attached: true), SignatureLevel.BaselineLTA, null);

        var (openssl, extracted) = await OpenSsl.VerifyCmsAsync(fixture.NewPath("openssl"), fixture.PkiFile("root.pem"), fixture.PkiFile("intermediate.pem"), extended, null);

        Assert.True(openssl.ExitCode == 0, openssl.StandardError);
        Assert.Equal(_content, extracted);
        var result = await Cades.ValidateSingleAsync(extended, null, PkiFixture.Trust(fixture.Pki.Root));
        Assert.True(result.Level == "CAdES-BASELINE-LTA" && result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
    }

    [Fact]
    public async Task Extending_B_LTA_again_renews_it_with_the_first_archive_timestamps_data()
    {
        byte[] once = await ExtendAsync(await SignAsync(attached: false), SignatureLevel.BaselineLTA, _content);

        byte[] twice = await ExtendAsync(once, SignatureLevel.BaselineLTA, _content);

        var signer = CmsSurgery.FirstSigner(twice);
        Assert.Equal(2, signer.UnsignedAttributes!.GetAll(ArchiveTimestampV3).Count);
        Assert.NotEmpty(new CmsSignedData(twice).GetCrls().EnumerateMatches(null).Cast<object>().Concat(
            new CmsSignedData(twice).GetOtherRevInfos(new DerObjectIdentifier("1.3.6.1.5.5.7.16.2")).EnumerateMatches(null).Cast<object>()));
        var result = await Cades.ValidateSingleAsync(twice, _content, PkiFixture.Trust(fixture.Pki.Root));
        Assert.True(result.Indication == ValidationIndication.TotalPassed && result.Level == "CAdES-BASELINE-LTA", Cades.Describe(result));
    }

    [Fact]
    public async Task A_detached_signature_without_its_content_is_a_format_error()
    {
        byte[] cms = await SignAsync(attached: false);

        var e = await Assert.ThrowsAsync<DocumentFormatException>(() => ExtendAsync(cms, SignatureLevel.BaselineT, null));

        Assert.Contains("detached", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Garbage_is_a_format_error()
    {
        await Assert.ThrowsAsync<DocumentFormatException>(() => ExtendAsync([0x30, 0x03, 0x02, 0x01, 0x01], SignatureLevel.BaselineT, _content));
    }

    [Fact]
    public async Task A_missing_signature_timestamp_without_a_TSA_client_is_refused()
    {
        byte[] cms = await SignAsync(attached: false);
        var extender = new CadesExtender(_http);
        using var input = new MemoryStream(cms);
        using var content = new MemoryStream(_content);

        await Assert.ThrowsAsync<InvalidOperationException>(() => extender.ExtendAsync(input, Stream.Null, new CadesExtensionOptions { Level = SignatureLevel.BaselineLT }, content));
    }

    [Fact]
    public async Task The_cli_extends_to_B_LTA_and_the_result_verifies()
    {
        string signature = fixture.NewPath("sig.p7s");
        string extended = fixture.NewPath("lta.p7s");
        string[] pfx = ["--pfx", fixture.PkiFile("signer-rsa.p12"), "--password-file", fixture.PkiFile("signer-rsa.password")];
        Assert.Equal(0, (await CliFixture.RunAsync(["cms", "sign", "--in", fixture.Sample, "--out", signature, .. pfx])).ExitCode);

        var run = await CliFixture.RunAsync(["cms", "extend", "--in", signature, "--content", fixture.Sample, "--out", extended, "--to", "B-LTA", "--tsa", fixture.Services.Tsa.Url.ToString()]);
        var withoutTsa = await CliFixture.RunAsync(["cms", "extend", "--in", signature, "--content", fixture.Sample, "--out", fixture.NewPath("x.p7s"), "--to", "B-LT"]);

        Assert.True(run.ExitCode == 0, run.Error);
        var verify = await CliFixture.RunAsync(["cms", "verify", "--in", extended, "--content", fixture.Sample, "--trust", fixture.PkiFile("root.pem"), "--offline", "--json"]);
        Assert.True(verify.ExitCode == 0, verify.Output);
        Assert.Contains("CAdES-BASELINE-LTA", verify.Output, StringComparison.Ordinal);
        Assert.Equal(64, withoutTsa.ExitCode);
    }

    /// <summary>Random single-byte corruptions are extended or refused with a typed error; nothing else escapes.</summary>
    [Fact]
    public async Task Corrupted_signatures_are_extended_or_refused_with_a_typed_error()
    {
        byte[] cms = await ExtendAsync(await SignAsync(attached: false), SignatureLevel.BaselineT, _content);
        var random = new Random(20261124);
        var failures = new List<string>();

        for (int i = 0; i < 200; i++)
        {
            byte[] corrupted = (byte[])cms.Clone();
            int at = random.Next(corrupted.Length);
            corrupted[at] = (byte)random.Next(256);
            try
            {
                await ExtendAsync(corrupted, SignatureLevel.BaselineLTA, _content);
            }
            catch (Exception e) when (e is DocumentFormatException or ValidationDataException)
            {
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                failures.Add($"byte {at} = 0x{corrupted[at]:x2}: {e}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} corruptions escaped as other exceptions:\n{string.Join("\n\n", failures.Take(3))}");
    }

    public void Dispose() => _http.Dispose();

    private async Task<byte[]> SignAsync(bool attached)
    {
        using var signer = PkiFixture.SignerFor(fixture.Pki.SignerRsa);
        var options = new CadesSignatureOptions();
        if (!attached)
        {
            return await Cades.SignDetachedAsync(signer, _content, options);
        }

        using var content = new MemoryStream(_content);
        using var output = new MemoryStream();
        await new CadesSigner(signer, options).SignAttachedAsync(content, output);
        return output.ToArray();
    }

    private async Task<byte[]> ExtendAsync(byte[] cms, SignatureLevel level, byte[]? content)
    {
        var extender = new CadesExtender(_http);
        var options = new CadesExtensionOptions { Level = level, TimestampClient = new TimestampClient(_http, new TimestampClientOptions { Url = fixture.Services.Tsa.Url }) };
        using var input = new MemoryStream(cms);
        using var detached = content is null ? null : new MemoryStream(content);
        using var output = new MemoryStream();
        await extender.ExtendAsync(input, output, options, detached);
        return output.ToArray();
    }
}
