using Bsre.Sdk;
using Bsre.Sdk.Client;
using Bsre.Sdk.Client.Internal;
using Bsre.Sdk.Csc;
using Bsre.Sdk.Pkcs11;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the BSrE gateway client, the PKCS#11 and CSC signers and the SDK's local services with a service collection.</summary>
public static class BsreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BsreClient"/> as a typed HTTP client, with options validated when the host starts, and its
    /// <see cref="BsreGatewayHealthCheck"/> (add it with <c>AddHealthChecks().AddCheck&lt;BsreGatewayHealthCheck&gt;("bsre-gateway")</c>).
    /// HTTP-level request logging of this client is removed (URLs can carry a NIK); the client logs itself.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The client's builder, to add handlers (no retry policy is added: sign calls must not be retried).</returns>
    public static IHttpClientBuilder AddBsreClient(this IServiceCollection services, Action<BsreClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptionsWithValidateOnStart<BsreClientOptions, BsreClientOptionsValidator>().Configure(configure);
        return AddBsreClientCore(services);
    }

    /// <summary>Registers <see cref="BsreClient"/> with options bound from a configuration section (e.g. <c>"Bsre"</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section with <c>BaseAddress</c>, <c>Username</c>, <c>Password</c> and the other option names.</param>
    /// <returns>The client's builder.</returns>
    public static IHttpClientBuilder AddBsreClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptionsWithValidateOnStart<BsreClientOptions, BsreClientOptionsValidator>().Configure(options => BsreClientOptionsBinder.Bind(configuration, options));
        services.AddSingleton<IOptionsChangeTokenSource<BsreClientOptions>>(new ConfigurationChangeTokenSource<BsreClientOptions>(configuration));
        return AddBsreClientCore(services);
    }

    /// <summary>
    /// Registers <see cref="BsreSealService"/> (needs <c>AddBsreClient</c>) with its activation kept in the registered
    /// <see cref="IDistributedCache"/> (<see cref="DistributedCacheSealActivationStore"/>) unless another
    /// <see cref="ISealActivationStore"/> is registered. Use a cache all replicas share (e.g. Redis) when there are several.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the subscriber and refresh settings.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddBsreSeal(this IServiceCollection services, Action<BsreSealOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptionsWithValidateOnStart<BsreSealOptions>()
            .Configure(configure)
            .Validate(o => !string.IsNullOrWhiteSpace(o.SubscriberId), "BsreSealOptions.SubscriberId is required.");
        services.TryAddSingleton<ISealActivationStore>(provider => new DistributedCacheSealActivationStore(
            provider.GetService<IDistributedCache>() ?? throw new InvalidOperationException(
                "AddBsreSeal keeps the seal activation in an IDistributedCache: register one (AddStackExchangeRedisCache for several replicas, AddDistributedMemoryCache for one), or register an ISealActivationStore."),
            provider.GetService<TimeProvider>()));
        services.AddTransient(provider => new BsreSealService(
            provider.GetRequiredService<BsreClient>(),
            provider.GetRequiredService<ISealActivationStore>(),
            provider.GetRequiredService<IOptionsMonitor<BsreSealOptions>>().CurrentValue,
            provider.GetService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()));
        return services;
    }

    /// <summary>
    /// Registers the RFC 3161 <see cref="TimestampClient"/> as a typed HTTP client (the TSA URL is validated at start) and its
    /// <see cref="TimestampAuthorityHealthCheck"/> (add it with <c>AddHealthChecks().AddCheck&lt;TimestampAuthorityHealthCheck&gt;("bsre-tsa")</c>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the TSA URL and request settings.</param>
    /// <returns>The client's builder.</returns>
    public static IHttpClientBuilder AddBsreTimestampClient(this IServiceCollection services, Action<TimestampClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptionsWithValidateOnStart<TimestampClientOptions>()
            .Configure(configure)
            .Validate(o => o.Url is { IsAbsoluteUri: true }, "TimestampClientOptions.Url is required and must be an absolute URL.")
            .Validate(o => o.Timeout > TimeSpan.Zero && o.MaxResponseSize > 0, "TimestampClientOptions.Timeout and MaxResponseSize must be positive.");
        services.TryAddTransient(provider => new TimestampAuthorityHealthCheck(provider.GetRequiredService<TimestampClient>()));
        return services.AddHttpClient(nameof(TimestampClient)).AddTypedClient((http, provider) => new TimestampClient(http, provider.GetRequiredService<IOptionsMonitor<TimestampClientOptions>>().CurrentValue))
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// Registers <see cref="CadesValidator"/> as a typed HTTP client (for its OCSP, CRL and AIA fetches), built from
    /// <see cref="SignatureValidationOptions"/> validated at start, with one shared <see cref="RevocationCache"/> (backed by
    /// the registered <see cref="IDistributedCache"/>, if any).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the trust anchors and validation settings.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddBsreSignatureValidation(this IServiceCollection services, Action<SignatureValidationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(provider => new RevocationCache(provider.GetService<IDistributedCache>(), provider.GetService<TimeProvider>()));
        services.AddOptionsWithValidateOnStart<SignatureValidationOptions>()
            .Configure(configure)
            .Validate(o => o.TrustAnchors.Count > 0, "SignatureValidationOptions.TrustAnchors is empty: add the BSrE root (Root CA Indonesia DS G1).");
        services.AddHttpClient(nameof(CadesValidator))
            .AddTypedClient((http, provider) => new CadesValidator(
                provider.GetRequiredService<IOptionsMonitor<SignatureValidationOptions>>().CurrentValue,
                http,
                provider.GetService<TimeProvider>(),
                provider.GetRequiredService<RevocationCache>(),
                provider.GetService<ILoggerFactory>()));
        return services;
    }

    /// <summary>
    /// Registers a <see cref="Pkcs11Signer"/> (and, unless one is registered already, <see cref="Signer"/>) as a singleton
    /// opened on first use: one login for the application's lifetime, signing on the pool's sessions. The options are
    /// validated when the host starts; the container disposes the signer (closing its sessions) when it is disposed.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the module, token and key.</param>
    /// <param name="pin">Returns the user PIN (from a secret store, never from configuration in clear); the array is cleared after the login.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddBsrePkcs11Signer(this IServiceCollection services, Action<Pkcs11SignerOptions> configure, Func<IServiceProvider, char[]> pin)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        ArgumentNullException.ThrowIfNull(pin);
        services.AddOptionsWithValidateOnStart<Pkcs11SignerOptions>()
            .Configure(configure)
            .Validate(o => !string.IsNullOrEmpty(o.ModulePath), "Pkcs11SignerOptions.ModulePath is required: the path of the token vendor's PKCS#11 library.")
            .Validate(o => o.TokenLabel is not null || o.SlotId is not null, "Pkcs11SignerOptions needs TokenLabel or SlotId.")
            .Validate(o => o.MaxConcurrency >= 0, "Pkcs11SignerOptions.MaxConcurrency must not be negative.");
        services.AddSingleton(provider =>
        {
            char[] secret = pin(provider);
            try
            {
                return Pkcs11Signer.Open(provider.GetRequiredService<IOptions<Pkcs11SignerOptions>>().Value, secret); // a singleton: read once, no reload
            }
            finally
            {
                Array.Clear(secret);
            }
        });
        services.TryAddSingleton<Signer>(provider => provider.GetRequiredService<Pkcs11Signer>());
        return services;
    }

    /// <summary>
    /// Registers a CSC API v2 remote signer: <see cref="CscClient"/> as a typed HTTP client, <see cref="ICscTokenProvider"/> as
    /// a singleton <see cref="CscOAuth2TokenProvider"/> (client credentials; unless another provider is registered),
    /// <see cref="CscSigner"/> and, unless one is registered already, <see cref="Signer"/>. The options are validated when
    /// the host starts. HTTP-level request logging of these clients is removed.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configureClient">Sets the service's CSC base URI.</param>
    /// <param name="configureOAuth2">Sets the OAuth 2.0 server, client id and secret (from a secret store).</param>
    /// <param name="configureSigner">Sets the credential and the PIN/OTP callback.</param>
    /// <returns>The CSC client's builder, to add handlers (no retry policy is added: authorize and signHash must not be retried).</returns>
    public static IHttpClientBuilder AddBsreCscSigner(this IServiceCollection services, Action<CscClientOptions> configureClient, Action<CscOAuth2Options> configureOAuth2, Action<CscSignerOptions> configureSigner)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configureClient);
        ArgumentNullException.ThrowIfNull(configureOAuth2);
        ArgumentNullException.ThrowIfNull(configureSigner);
        services.AddOptionsWithValidateOnStart<CscClientOptions>().Configure(configureClient).Validate(Valid<CscClientOptions>(o => o.ThrowIfInvalid()), "CscClientOptions need an absolute https BaseAddress and positive limits.");
        services.AddOptionsWithValidateOnStart<CscOAuth2Options>().Configure(configureOAuth2).Validate(Valid<CscOAuth2Options>(o => o.ThrowIfInvalid()), "CscOAuth2Options need an absolute https BaseAddress and a ClientId.");
        services.AddOptionsWithValidateOnStart<CscSignerOptions>().Configure(configureSigner).Validate(o => !string.IsNullOrEmpty(o.CredentialId) && o.MaxHashesPerCall > 0, "CscSignerOptions.CredentialId is required.");
        services.AddHttpClient(nameof(CscOAuth2TokenProvider)).ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.TryAddSingleton<ICscTokenProvider>(provider => new CscOAuth2TokenProvider(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(CscOAuth2TokenProvider)),
            provider.GetRequiredService<IOptions<CscOAuth2Options>>().Value, // a singleton holding the token: read once, no reload
            provider.GetService<TimeProvider>()));
        services.AddTransient(provider => new CscSigner(provider.GetRequiredService<CscClient>(), provider.GetRequiredService<IOptionsMonitor<CscSignerOptions>>().CurrentValue));
        services.TryAddTransient<Signer>(provider => provider.GetRequiredService<CscSigner>());
        return services.AddHttpClient(nameof(CscClient))
            .AddTypedClient((http, provider) => new CscClient(
                http,
                provider.GetRequiredService<IOptionsMonitor<CscClientOptions>>().CurrentValue,
                provider.GetRequiredService<ICscTokenProvider>(),
                provider.GetService<TimeProvider>()))
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
    }

    private static Func<T, bool> Valid<T>(Action<T> check) => options =>
    {
        try
        {
            check(options);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    };

    private static IHttpClientBuilder AddBsreClientCore(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BsreClientOptions>, BsreClientOptionsCustomValidator>());
        services.TryAddTransient(provider => new BsreGatewayHealthCheck(provider.GetRequiredService<BsreClient>()));
        return services
            .AddHttpClient(nameof(BsreClient))
            .AddTypedClient((http, provider) => new BsreClient(
                http,
                provider.GetRequiredService<IOptionsMonitor<BsreClientOptions>>().CurrentValue,
                provider.GetService<ILoggerFactory>()))
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
    }
}
