namespace Bsre.Sdk.Csc;

/// <summary>
/// One OAuth 2.0 authorization code request with PKCE (RFC 6749 §4.1, RFC 7636): send the user's browser to
/// <see cref="AuthorizationUrl"/>; when the service redirects back with <c>code</c> and <c>state</c>, check the state and
/// give the code to <see cref="CscOAuth2TokenProvider.RedeemAuthorizationCodeAsync"/>.
/// </summary>
/// <remarks>Keep it in the user's server-side session between the two steps: <see cref="CodeVerifier"/> is a secret.</remarks>
public sealed class CscAuthorizationCodeRequest
{
    /// <summary>Creates the request (to restore it from a session).</summary>
    /// <param name="authorizationUrl">The URL to send the browser to.</param>
    /// <param name="redirectUri">The redirect URI it names.</param>
    /// <param name="state">The anti-forgery state it carries.</param>
    /// <param name="codeVerifier">The PKCE code verifier.</param>
    public CscAuthorizationCodeRequest(Uri authorizationUrl, Uri redirectUri, string state, string codeVerifier)
    {
        ArgumentNullException.ThrowIfNull(authorizationUrl);
        ArgumentNullException.ThrowIfNull(redirectUri);
        ArgumentException.ThrowIfNullOrEmpty(state);
        ArgumentException.ThrowIfNullOrEmpty(codeVerifier);
        AuthorizationUrl = authorizationUrl;
        RedirectUri = redirectUri;
        State = state;
        CodeVerifier = codeVerifier;
    }

    /// <summary>Gets the URL of the service's <c>oauth2/authorize</c> with the client id, redirect URI, state and S256 code challenge.</summary>
    public Uri AuthorizationUrl { get; }

    /// <summary>Gets the redirect URI (sent again when the code is redeemed, RFC 6749 §4.1.3).</summary>
    public Uri RedirectUri { get; }

    /// <summary>Gets the state the redirect must carry back unchanged (RFC 6749 §10.12).</summary>
    public string State { get; }

    /// <summary>Gets the PKCE code verifier (RFC 7636 §4.1): 256 random bits, base64url. A secret until the code is redeemed.</summary>
    public string CodeVerifier { get; }

    /// <inheritdoc />
    public override string ToString() => AuthorizationUrl.GetLeftPart(UriPartial.Path);
}
