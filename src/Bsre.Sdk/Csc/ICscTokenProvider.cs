namespace Bsre.Sdk.Csc;

/// <summary>
/// Supplies the OAuth 2.0 access token a <see cref="CscClient"/> sends as <c>Authorization: Bearer</c> (CSC API v2.0 §8).
/// <see cref="CscOAuth2TokenProvider"/> implements the client credentials and authorization code (PKCE) grants; implement
/// this interface to take tokens from elsewhere (an identity provider of your own, a token cache shared by replicas).
/// </summary>
public interface ICscTokenProvider
{
    /// <summary>Gets a valid access token, obtaining or refreshing one as needed.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The access token (without the <c>Bearer</c> prefix).</returns>
    /// <exception cref="CscException">No token can be obtained (refused client credentials, expired session).</exception>
    ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken = default);
}
