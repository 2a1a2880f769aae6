using System.Collections.Concurrent;

namespace Bsre.Sdk.Client.Tests.Fakes;

/// <summary>Passes requests to the network and records each one's path and JSON body.</summary>
internal sealed class CountingHandler() : DelegatingHandler(new HttpClientHandler())
{
    public ConcurrentQueue<(string Path, string Body)> Sent { get; } = new();

    public int Count(string path, Func<string, bool>? body = null) => Sent.Count(s => s.Path == path && (body is null || body(s.Body)));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Sent.Enqueue((request.RequestUri!.AbsolutePath, body.Length > 4096 ? body[..4096] : body));
        return await base.SendAsync(request, cancellationToken);
    }
}
