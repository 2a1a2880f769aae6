using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Bsre.Sdk.Client.Tests.Fakes;

/// <summary>An HTTP handler that answers with a scripted fault and counts the requests per path.</summary>
internal sealed class FaultyHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> _respond;

    public FaultyHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond) => _respond = respond;

    public ConcurrentDictionary<string, int> Requests { get; } = new();

    public ConcurrentBag<string> Bodies { get; } = [];

    public int Count(string path) => Requests.TryGetValue(path, out int n) ? n : 0;

    public static FaultyHandler Answer(HttpStatusCode status, string body, string mediaType, Action<HttpResponseMessage>? tweak = null) =>
        new((_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
            tweak?.Invoke(response);
            return Task.FromResult(response);
        });

    public static FaultyHandler Answer(HttpStatusCode status, byte[] body, string mediaType, Action<HttpResponseMessage>? tweak = null) =>
        new((_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new ByteArrayContent(body) };
            response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
            tweak?.Invoke(response);
            return Task.FromResult(response);
        });

    public static FaultyHandler Throw(Exception exception) => new((_, _) => Task.FromException<HttpResponseMessage>(exception));

    public static FaultyHandler Hang() => new(async (_, cancellationToken) =>
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.AddOrUpdate(request.RequestUri!.AbsolutePath, 1, (_, n) => n + 1);
        if (request.Content is not null)
        {
            Bodies.Add(await request.Content.ReadAsStringAsync(cancellationToken));
        }

        return await _respond(request, cancellationToken);
    }
}
