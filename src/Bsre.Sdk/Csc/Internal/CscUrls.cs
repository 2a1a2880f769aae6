namespace Bsre.Sdk.Csc.Internal;

/// <summary>Checks and normalises the base addresses of the CSC API and its OAuth 2.0 server.</summary>
internal static class CscUrls
{
    public static void ThrowIfInvalid(Uri? url, bool allowInsecureHttp, string name)
    {
        if (url is not { IsAbsoluteUri: true } || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"{name} is required and must be an absolute https URL.", name);
        }

        if (url.Scheme == Uri.UriSchemeHttp && !allowInsecureHttp)
        {
            throw new ArgumentException($"{name} '{url}' is plain http: tokens and PINs would travel unencrypted. Use https, or set AllowInsecureHttp for a loopback emulator.", name);
        }
    }

    /// <summary>A base address names a folder (RFC 3986 §5.2.3): <c>.../csc/v2</c> means <c>.../csc/v2/</c>.</summary>
    public static Uri Folder(Uri url) => url.AbsolutePath.EndsWith('/') ? url : new UriBuilder(url) { Path = url.AbsolutePath + "/" }.Uri;
}
