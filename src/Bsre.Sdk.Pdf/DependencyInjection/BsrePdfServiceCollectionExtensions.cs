using Bsre.Sdk;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PDF signer, the validator and the gateway client's PDF checks with a service collection; HTTP fetches go through <c>IHttpClientFactory</c>.</summary>
public static class BsrePdfServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PadesSigner"/> as a typed HTTP client over the <see cref="Signer"/> registered in the container
    /// (e.g. <c>services.AddSingleton&lt;Signer&gt;(_ =&gt; LocalSigner.FromPkcs12File(path, password))</c>); its OCSP and
    /// CRL fetches for B-LT and B-LTA go through the factory's pooled handlers.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The signer's HTTP client builder, to add handlers (a proxy, a retry policy for OCSP/CRL fetches).</returns>
    public static IHttpClientBuilder AddBsrePadesSigner(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddHttpClient(nameof(PadesSigner))
            .AddTypedClient((http, provider) => new PadesSigner(
                provider.GetRequiredService<Signer>(), http, provider.GetService<TimeProvider>(), provider.GetService<ILoggerFactory>()));
    }

    /// <summary>
    /// Registers <see cref="PadesValidator"/> as a typed HTTP client for its OCSP, CRL and AIA fetches, with everything
    /// <see cref="BsreServiceCollectionExtensions.AddBsreSignatureValidation"/> registers (options validated at start, the shared
    /// revocation cache, <see cref="CadesValidator"/>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the trust anchors and validation settings.</param>
    /// <param name="limits">Sets the bounds on hostile PDFs; <see langword="null"/> keeps the defaults.</param>
    /// <returns>The validator's HTTP client builder.</returns>
    public static IHttpClientBuilder AddBsrePadesValidation(this IServiceCollection services, Action<SignatureValidationOptions> configure, Action<PdfLimits>? limits = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddBsreSignatureValidation(configure);
        services.AddOptions<PdfLimits>().Configure(l => limits?.Invoke(l));
        return services.AddHttpClient(nameof(PadesValidator))
            .AddTypedClient((http, provider) => new PadesValidator(
                provider.GetRequiredService<IOptionsMonitor<SignatureValidationOptions>>().CurrentValue,
                provider.GetRequiredService<IOptionsMonitor<PdfLimits>>().CurrentValue,
                http,
                provider.GetService<TimeProvider>(),
                provider.GetRequiredService<RevocationCache>(),
                provider.GetService<ILoggerFactory>()));
    }

    /// <summary>
    /// Makes the registered <see cref="BsreClient"/> check every PDF before sending it and, when
    /// <see cref="PdfGatewayCheckOptions.Validation"/> is set, validate every PDF it returns (<see cref="PdfGatewayChecker"/>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the checks; pre-flight only when <see langword="null"/>.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddBsrePdfChecks(this IServiceCollection services, Action<PdfGatewayCheckOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PdfGatewayCheckOptions>().Configure(options => configure?.Invoke(options));
        services.AddOptions<BsreClientOptions>().PostConfigure<IOptionsMonitor<PdfGatewayCheckOptions>>((client, checks) => client.DocumentChecker ??= new PdfGatewayChecker(checks.CurrentValue));
        return services;
    }
}
