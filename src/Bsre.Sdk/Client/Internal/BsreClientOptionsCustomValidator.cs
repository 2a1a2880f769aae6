using Microsoft.Extensions.Options;

namespace Bsre.Sdk.Client.Internal;

/// <summary>Cross-field rules of <see cref="BsreClientOptions"/>: URL scheme, HTTPS for credentials, timeout ranges.</summary>
internal sealed class BsreClientOptionsCustomValidator : IValidateOptions<BsreClientOptions>
{
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, BsreClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.BaseAddress is { } url)
        {
            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"BsreClientOptions.BaseAddress '{url}' must be an absolute http or https URL.");
            }
            else if (url.Query.Length > 0 || url.Fragment.Length > 0)
            {
                failures.Add($"BsreClientOptions.BaseAddress '{url}' has a query or fragment; give the gateway's base path only (e.g. https://tte.example.go.id/esign/).");
            }
            else if (url.Scheme == Uri.UriSchemeHttp && !options.AllowInsecureHttp)
            {
                failures.Add($"BsreClientOptions.BaseAddress '{url}' is plain HTTP: Basic credentials are only sent over HTTPS. "
                    + "Use https, or set BsreClientOptions.AllowInsecureHttp = true for an intranet gateway.");
            }
        }

        CheckRange(failures, nameof(BsreClientOptions.Timeout), options.Timeout, TimeSpan.FromSeconds(1), MaxTimeout);
        CheckRange(failures, nameof(BsreClientOptions.SigningTimeout), options.SigningTimeout, TimeSpan.FromSeconds(1), MaxTimeout);
        CheckRange(failures, nameof(BsreClientOptions.RetryDelay), options.RetryDelay, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Runs both validators and throws for a hand-built client.</summary>
    public static void ThrowIfInvalid(BsreClientOptions options)
    {
        var results = new[] { new BsreClientOptionsValidator().Validate(null, options), new BsreClientOptionsCustomValidator().Validate(null, options) };
        string[] failures = results.Where(r => r.Failed).SelectMany(r => r.Failures ?? []).ToArray();
        if (failures.Length > 0)
        {
            throw new ArgumentException($"Invalid BsreClientOptions: {string.Join(" ", failures)}", nameof(options));
        }
    }

    private static void CheckRange(List<string> failures, string option, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"BsreClientOptions.{option} is {value}; it must be between {min} and {max}.");
        }
    }
}
