using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bsre.Sdk.Usage;

/// <summary>Registers the usage recorder with a service collection.</summary>
public static class UsageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="JsonLinesUsageRecorder"/> as the singleton <see cref="IUsageRecorder"/>, appending to
    /// <paramref name="filePath"/>, unless another recorder is registered already.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="filePath">The JSON-lines usage log.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddBsreUsageRecorder(this IServiceCollection services, string filePath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        services.TryAddSingleton<IUsageRecorder>(_ => new JsonLinesUsageRecorder(filePath));
        return services;
    }
}
