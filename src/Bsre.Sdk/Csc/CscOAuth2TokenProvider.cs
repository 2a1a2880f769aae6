using System.Security.Cryptography;
using System.Text;
using Bsre.Sdk.Csc.Internal;

namespace Bsre.Sdk.Csc;

/// <summary>
/// Obtains and renews OAuth 2.0 access tokens from a CSC service's authorization server (CSC API v2.0 §8.3): with the
/// client credentials grant (RFC 6749 §4.4, a server application acting for its own seal credential), or, after
/// <see cref="RedeemAuthorizationCodeAsync"/>, with the authorization code grant and PKCE (RFC 6749 §4.1, RFC 7636 S256,
/// a user signing with their own credential) renewed by its refresh token.
/// </summary>
/// <remarks>Thread-safe: concurrent callers share one token request. Tokens and the client secret are never logged.</remarks>
public sealed class CscOAuth2TokenProvider : ICscTokenProvider, IDisposable
{
    private readonly CscHttp _http;
    private readonly CscOAuth2Options _options;
    private readonly Uri _baseAddress;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _accessToken;
    private string? _refreshToken;
    private DateTimeOffset _expiresAt;
    private bool _userSession;

    /// <summary>Creates the provider.</summary>
    /// <param name="httpClient">The HTTP client for the token endpoint.</param>
    /// <param name="options">The authorization server and client registration.</param>
    /// <param name="timeProvider">The clock for token expiry; <see langword="null"/> for the system clock.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public CscOAuth2TokenProvider(HttpClient httpClient, CscOAuth2Options options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        const int MaxTokenResponse = 64 * 1024;
        _http = new CscHttp(httpClient, options.Timeout, MaxTokenResponse);
        _options = options;
        _baseAddress = CscUrls.Folder(options.BaseAddress!);
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    /// <exception cref="CscException">The server refused the client or the refresh token, or the user's session expired without a refresh token.</exception>
    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_accessToken is { } current && _time.GetUtcNow() < _expiresAt - _options.RenewBefore)
            {
                return current;
            }

            if (_userSession && _refreshToken is null)
            {
                throw new CscException(CscErrorCode.AccessTokenExpired, "The user's CSC access token has expired and the service gave no refresh token: sign the user in again.");
            }

            await RequestAsync(_userSession ? [new("grant_type", "refresh_token"), new("refresh_token", _refreshToken!)] : [new("grant_type", "client_credentials"), new("scope", _options.Scope)], cancellationToken).ConfigureAwait(false);
            return _accessToken!;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Starts the authorization code flow: a new state and PKCE verifier, and the URL to send the user's browser to.</summary>
    /// <param name="redirectUri">The application's registered redirect URI.</param>
    /// <param name="credentialId">For scope <c>credential</c>: the credential to authorize; otherwise <see langword="null"/>.</param>
    /// <returns>The request; keep it until the redirect comes back.</returns>
    public CscAuthorizationCodeRequest CreateAuthorizationRequest(Uri redirectUri, string? credentialId = null)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        string verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        string state = Base64Url(RandomNumberGenerator.GetBytes(16));
        string challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))); // RFC 7636 §4.2, S256
        var query = new StringBuilder()
            .Append("response_type=code&client_id=").Append(Uri.EscapeDataString(_options.ClientId!))
            .Append("&redirect_uri=").Append(Uri.EscapeDataString(redirectUri.AbsoluteUri))
            .Append("&scope=").Append(Uri.EscapeDataString(_options.Scope))
            .Append("&state=").Append(state)
            .Append("&code_challenge=").Append(challenge)
            .Append("&code_challenge_method=S256");
        if (credentialId is not null)
        {
            query.Append("&credentialID=").Append(Uri.EscapeDataString(credentialId));
        }

        var url = new UriBuilder(new Uri(_baseAddress, "oauth2/authorize")) { Query = query.ToString() }.Uri;
        return new CscAuthorizationCodeRequest(url, redirectUri, state, verifier);
    }

    /// <summary>Redeems the code the redirect brought back; from then on this provider serves (and refreshes) the user's token.</summary>
    /// <param name="request">The request from <see cref="CreateAuthorizationRequest"/>.</param>
    /// <param name="code">The <c>code</c> of the redirect (check its <c>state</c> against <see cref="CscAuthorizationCodeRequest.State"/> first).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the token is held.</returns>
    /// <exception cref="CscException">The server refused the code or the verifier.</exception>
    public async Task RedeemAuthorizationCodeAsync(CscAuthorizationCodeRequest request, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(code);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await RequestAsync(
                [new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", request.RedirectUri.AbsoluteUri), new("code_verifier", request.CodeVerifier)],
                cancellationToken).ConfigureAwait(false);
            _userSession = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private async Task RequestAsync(List<KeyValuePair<string, string>> grant, CancellationToken cancellationToken)
    {
        const string Operation = "oauth2/token";
        grant.Add(new("client_id", _options.ClientId!));
        if (_options.ClientSecret is { } secret)
        {
            grant.Add(new("client_secret", secret)); // CSC API v2.0 §8.3.3 passes the client's credentials as form parameters
        }

        CscTokenResponse answer = await _http.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, new Uri(_baseAddress, Operation)) { Content = new FormUrlEncodedContent(grant) },
            CscJsonContext.Default.CscTokenResponse,
            Operation,
            cancellationToken).ConfigureAwait(false) ?? throw CscErrors.InvalidResponse(Operation, "no content");
        if (string.IsNullOrEmpty(answer.AccessToken) || !string.Equals(answer.TokenType, "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw CscErrors.InvalidResponse(Operation, "no Bearer access_token");
        }

        const int DefaultLifetime = 3600; // RFC 6749 §5.1 leaves expires_in optional; CSC services issue hour-long tokens
        _accessToken = answer.AccessToken;
        _refreshToken = answer.RefreshToken ?? _refreshToken;
        _expiresAt = _time.GetUtcNow().AddSeconds(answer.ExpiresIn ?? DefaultLifetime);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
