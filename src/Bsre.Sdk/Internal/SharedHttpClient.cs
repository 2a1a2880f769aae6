namespace Bsre.Sdk.Internal;

/// <summary>
/// The HTTP client for OCSP, CRL and AIA fetches when the caller gives none: one per process, with
/// pooled connections recycled so DNS changes are seen (the pattern .NET recommends outside DI).
/// </summary>
internal static class SharedHttpClient
{
    private static readonly Lazy<HttpClient> Lazy = new(() => new HttpClient(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    }));

    public static HttpClient Instance => Lazy.Value;
}
