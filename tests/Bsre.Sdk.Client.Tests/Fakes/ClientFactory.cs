using Microsoft.Extensions.Logging;

namespace Bsre.Sdk.Client.Tests.Fakes;

/// <summary>Builds clients over a handler or a URL, with fast retries and a short signing timeout.</summary>
internal static class ClientFactory
{
    public static BsreClientOptions Options(Uri? baseAddress = null) => new()
    {
        BaseAddress = baseAddress ?? new Uri("https://gateway.test/"),
        Username = "esign",
        Password = "api-password-XYZ",
        AllowInsecureHttp = true,
        RetryDelay = TimeSpan.Zero,
        Timeout = TimeSpan.FromSeconds(30),
        SigningTimeout = TimeSpan.FromSeconds(30),
    };

    public static BsreClient Create(HttpMessageHandler handler, Action<BsreClientOptions>? configure = null, ILoggerFactory? loggerFactory = null)
    {
        BsreClientOptions options = Options();
        configure?.Invoke(options);
        return new BsreClient(new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan }, options, loggerFactory);
    }
}
