using Bsre.Sdk.Testing;
using System.Net;
using System.Text.Json;
using Bsre.Sdk.Client.Tests.Fakes;

namespace Bsre.Sdk.Client.Tests.Client;

/// <summary>Documents are streamed into request bodies, also from forward-only streams, and never disposed by the client.</summary>
public sealed class StreamingTests
{
    [Fact]
    public async Task A_forward_only_document_is_streamed_as_base64_json_and_left_open()
    {
        byte[] pdf = SamplePdf.Create();
        var answer = $$"""{"file":["{{Convert.ToBase64String(pdf)}}"]}""";
        var handler = FaultyHandler.Answer(HttpStatusCode.OK, answer, "application/json");
        BsreClient client = ClientFactory.Create(handler);
        using var forwardOnly = new ForwardOnlyStream(pdf);
        var request = new SignRequest { Signer = SignerId.FromEmail("budi@example.go.id"), Secret = SignerSecret.Totp("123456") };
        request.Documents.Add(new SignDocument(forwardOnly));

        await client.SignAsync(request);

        using JsonDocument sent = JsonDocument.Parse(Assert.Single(handler.Bodies));
        Assert.Equal(pdf, sent.RootElement.GetProperty("file")[0].GetBytesFromBase64());
        Assert.Equal("123456", sent.RootElement.GetProperty("totp").GetString());
        Assert.Equal("budi@example.go.id", sent.RootElement.GetProperty("email").GetString());
        Assert.True(forwardOnly.CanRead);
    }

    [Fact]
    public async Task A_seekable_document_gets_a_content_length_matching_the_body()
    {
        byte[] pdf = new byte[100_001];
        "%PDF-"u8.CopyTo(pdf);
        long? length = null;
        var handler = new FaultyHandler(async (request, token) =>
        {
            length = request.Content!.Headers.ContentLength;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent($$"""{"file":["{{Convert.ToBase64String(pdf)}}"]}""") };
        });
        BsreClient client = ClientFactory.Create(handler);
        var request = new SignRequest { Signer = SignerId.FromNik("3201010101010001"), Secret = SignerSecret.Passphrase("p@ss") };
        request.Documents.Add(new SignDocument(new MemoryStream(pdf)));
        request.Documents.Add(new SignDocument(new MemoryStream(pdf)));

        await Assert.ThrowsAsync<BsreException>(() => client.SignAsync(request)); // one file back for two sent

        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(Assert.Single(handler.Bodies)), length);
    }

    private sealed class ForwardOnlyStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
