using Bsre.Sdk.Csc.Internal;

namespace Bsre.Sdk.Csc;

/// <summary>Settings of a <see cref="CscClient"/>: where the CSC API is and how long a call may take.</summary>
public sealed class CscClientOptions
{
    /// <summary>
    /// Gets or sets the service's CSC API base URI, the one its documentation gives, ending in <c>/csc/v2/</c>, e.g.
    /// <c>https://rssp.example.id/csc/v2/</c>. The methods (<c>info</c>, <c>credentials/list</c>, ...) are resolved below it.
    /// </summary>
    /// <value>No default: required, an absolute https URL (http only with <see cref="AllowInsecureHttp"/>).</value>
    public Uri? BaseAddress { get; set; }

    /// <summary>Gets or sets whether access tokens and PINs may be sent over plain <c>http://</c> (a loopback emulator).</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Gets or sets how long one call may take before it fails with <see cref="CscErrorCode.Timeout"/>.</summary>
    /// <value>Default 60 seconds.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the largest answer accepted, in bytes (a credential list with certificate chains can be large).</summary>
    /// <value>Default 4 MiB.</value>
    public int MaxResponseSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">The base address is missing or not https (without <see cref="AllowInsecureHttp"/>), or a limit is not positive.</exception>
    internal void ThrowIfInvalid()
    {
        CscUrls.ThrowIfInvalid(BaseAddress, AllowInsecureHttp, nameof(BaseAddress));
        if (Timeout <= TimeSpan.Zero || MaxResponseSize <= 0)
        {
            throw new ArgumentException("CscClientOptions.Timeout and MaxResponseSize must be positive.");
        }
    }
}
