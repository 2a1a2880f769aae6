using System.Security.Cryptography;
using System.Text;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Timestamping;

namespace Bsre.Sdk.Tests.Validation;

/// <summary>Garbage, truncated and empty inputs end in <see cref="DocumentFormatException"/>: no other exception type, no hang.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class MalformedInputTests(PkiFixture fixture)
{
    public static TheoryData<string> Inputs() => ["empty", "one byte", "random", "zeros", "pem text", "certificate", "huge length", "bare sequence", "not signed-data"];

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task CadesValidator_throws_DocumentFormatException(string input)
    {
        byte[] bytes = Malformed(input);

        await Assert.ThrowsAsync<DocumentFormatException>(() => Cades.ValidateAsync(bytes, Cades.Content(), fixture.TrustRoot()));
        await Assert.ThrowsAsync<DocumentFormatException>(() => Cades.ValidateAsync(bytes, null, fixture.TrustRoot()));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void TimestampToken_Decode_throws_DocumentFormatException(string input)
        => Assert.Throws<DocumentFormatException>(() => TimestampToken.Decode(Malformed(input)));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_truncation_of_a_signature_throws_DocumentFormatException(bool attached)
    {
        byte[] content = Cades.Content(300);
        byte[] cms = attached
            ? await Cades.SignAttachedAsync(fixture.Pki.SignerEcdsa, content, fixture.Options())
            : await Cades.SignDetachedAsync(fixture.Pki.SignerEcdsa, content, fixture.Options());
        var failures = new List<string>();

        for (int length = 0; length < cms.Length; length++)
        {
            try
            {
                await Cades.ValidateAsync(cms[..length], attached ? null : content, fixture.TrustRoot());
                failures.Add($"{length}: no exception");
            }
            catch (DocumentFormatException)
            {
            }
            catch (Exception e) when (e is not TimeoutException)
            {
                failures.Add($"{length}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cms.Length} truncations:\n{string.Join('\n', failures.Take(20))}");
    }

    [Fact]
    public async Task Every_truncation_of_a_timestamp_token_throws_DocumentFormatException()
    {
        var token = await fixture.TimestampClient().RequestAsync(SHA256.HashData(Cades.Content()), HashAlgorithmName.SHA256);
        byte[] encoded = token.RawData.ToArray();

        for (int length = 0; length < encoded.Length; length += 7)
        {
            Assert.Throws<DocumentFormatException>(() => TimestampToken.Decode(encoded.AsMemory(0, length)));
        }
    }

    /// <summary>Random single-byte corruptions either validate to a report or are rejected as malformed; nothing else.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Corrupted_signatures_give_a_report_or_DocumentFormatException(bool attached)
    {
        byte[] content = Cades.Content(500);
        var options = fixture.Options("SHA384", timestamp: true);
        byte[] cms = attached
            ? await Cades.SignAttachedAsync(fixture.Pki.SignerEcdsa, content, options)
            : await Cades.SignDetachedAsync(fixture.Pki.SignerRsa, content, options);
        var random = new Random(20261124);
        var failures = new List<string>();

        for (int i = 0; i < 300; i++)
        {
            byte[] corrupted = (byte[])cms.Clone();
            int at = random.Next(corrupted.Length);
            corrupted[at] = (byte)random.Next(256);
            try
            {
                Assert.NotNull(await Cades.ValidateAsync(corrupted, attached ? null : content, fixture.TrustRoot()));
            }
            catch (DocumentFormatException)
            {
            }
            catch (Exception e) when (e is not TimeoutException and not Xunit.Sdk.XunitException)
            {
                failures.Add($"byte {at} = 0x{corrupted[at]:x2}: {e}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} corruptions escaped as other exceptions:\n{string.Join("\n\n", failures.Take(5))}");
    }

    private byte[] Malformed(string input) => input switch
    {
        "empty" => [],
        "one byte" => [0x30],
        "random" => Cades.Content(2048, seed: 7),
        "zeros" => new byte[1024],
        "pem text" => Encoding.ASCII.GetBytes(fixture.Pki.SignerRsa.Certificate.ExportCertificatePem()),
        "certificate" => fixture.Pki.SignerRsa.Certificate.RawData,
        "huge length" => [0x30, 0x84, 0x7F, 0xFF, 0xFF, 0xFF, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02],
        "bare sequence" => [0x30, 0x00],
        "not signed-data" => [0x30, 0x0F, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x01, 0xA0, 0x02, 0x04, 0x00],
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    };
}
