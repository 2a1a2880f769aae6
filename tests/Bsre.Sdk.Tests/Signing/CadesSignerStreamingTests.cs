using Bsre.Sdk.Signing;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Validation;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Tests.Signing;

/// <summary>Content is streamed: detached signing reads a forward-only stream once; attached signing needs to seek.</summary>
[Collection(PkiTestGroup.Name)]
public sealed class CadesSignerStreamingTests(PkiFixture fixture)
{
    [Fact]
    public async Task SignDetachedAsync_reads_a_non_seekable_stream_of_several_megabytes()
    {
        byte[] content = Cades.Content((5 * 1024 * 1024) + 123);
        using var signer = PkiFixture.SignerFor(fixture.Pki.SignerRsa);

        byte[] cms = await new CadesSigner(signer, fixture.Options()).SignDetachedAsync(new NonSeekableStream(content));

        var result = await Cades.ValidateSingleAsync(cms, content, fixture.TrustRoot());
        Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
    }

    [Fact]
    public async Task SignAttachedAsync_rejects_a_non_seekable_stream()
    {
        using var signer = PkiFixture.SignerFor(fixture.Pki.SignerRsa);
        using var output = new MemoryStream();

        var e = await Assert.ThrowsAsync<ArgumentException>(
            () => new CadesSigner(signer, fixture.Options()).SignAttachedAsync(new NonSeekableStream(Cades.Content()), output));

        Assert.Equal("content", e.ParamName);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task SignAttachedAsync_signs_and_embeds_the_content_from_the_current_position()
    {
        byte[] content = Cades.Content(1_000_000);
        using var signer = PkiFixture.SignerFor(fixture.Pki.SignerEcdsa);
        using var input = new MemoryStream(content) { Position = 1000 };
        using var output = new MemoryStream();

        await new CadesSigner(signer, fixture.Options()).SignAttachedAsync(input, output);

        byte[] cms = output.ToArray();
        using var embedded = new MemoryStream();
        new CmsSignedData(cms).SignedContent.Write(embedded);
        Assert.Equal(content[1000..], embedded.ToArray());
        var result = await Cades.ValidateSingleAsync(cms, null, fixture.TrustRoot());
        Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
    }
}
