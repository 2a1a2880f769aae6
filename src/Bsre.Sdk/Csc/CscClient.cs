using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Serialization.Metadata;
using Bsre.Sdk.Csc.Internal;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Csc;

/// <summary>
/// A client of a Cloud Signature Consortium remote signing service (CSC API v2.0): <c>info</c>, <c>credentials/list</c>,
/// <c>credentials/info</c>, <c>credentials/getChallenge</c>, <c>credentials/authorize</c> and <c>signatures/signHash</c>.
/// Only hashes travel: the document stays with the application. Register it with <c>services.AddBsreCscSigner(...)</c>,
/// or build it over an <see cref="HttpClient"/>; <see cref="CscSigner"/> signs CAdES and PAdES with it.
/// </summary>
/// <remarks>
/// Every failure is a <see cref="CscException"/>. No call is retried (an authorization or signature must not be made
/// twice). PINs, OTPs, access tokens and SADs never reach exceptions; this class logs nothing.
/// </remarks>
public sealed class CscClient
{
    private readonly CscHttp _http;
    private readonly Uri _baseAddress;
    private readonly ICscTokenProvider _tokens;
    private readonly TimeProvider _time;

    /// <summary>Creates the client.</summary>
    /// <param name="httpClient">The HTTP client (from <c>IHttpClientFactory</c> in hosted apps); its own Timeout should be infinite, <see cref="CscClientOptions.Timeout"/> applies.</param>
    /// <param name="options">The service's CSC base URI and limits.</param>
    /// <param name="tokens">Supplies the OAuth 2.0 access token (<see cref="CscOAuth2TokenProvider"/> or your own).</param>
    /// <param name="timeProvider">The clock for SAD expiry; <see langword="null"/> for the system clock.</param>
    /// <exception cref="ArgumentException">The options are invalid (e.g. plain http without AllowInsecureHttp).</exception>
    public CscClient(HttpClient httpClient, CscClientOptions options, ICscTokenProvider tokens, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tokens);
        options.ThrowIfInvalid();
        _http = new CscHttp(httpClient, options.Timeout, options.MaxResponseSize);
        _baseAddress = CscUrls.Folder(options.BaseAddress!);
        _tokens = tokens;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets the CSC API base URI, ending in <c>/</c>.</summary>
    public Uri BaseAddress => _baseAddress;

    /// <summary>Gets what the service says about itself (<c>info</c>, §11.1; needs no access token).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The service's information.</returns>
    /// <exception cref="CscException">The service refused or failed the call.</exception>
    public async Task<CscServiceInfo> GetInfoAsync(CancellationToken cancellationToken = default)
    {
        const string Operation = "info";
        CscInfoResponse info = await PostAsync(Operation, new CscEmptyRequest(), CscJsonContext.Default.CscEmptyRequest, CscJsonContext.Default.CscInfoResponse, authorized: false, cancellationToken).ConfigureAwait(false);
        return new CscServiceInfo(
            info.Specs ?? throw CscErrors.InvalidResponse(Operation, "no specs"),
            info.Name ?? throw CscErrors.InvalidResponse(Operation, "no name"),
            info.Region,
            info.Description,
            info.AuthTypes ?? [],
            Uri.TryCreate(info.OAuth2, UriKind.Absolute, out Uri? oauth2) ? oauth2 : null,
            info.Methods ?? []);
    }

    /// <summary>Lists the ids of the credentials the access token may use (<c>credentials/list</c>, §11.4), following every page.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The credential ids.</returns>
    /// <exception cref="CscException">The service refused or failed the call.</exception>
    public async Task<IReadOnlyList<string>> ListCredentialsAsync(CancellationToken cancellationToken = default)
    {
        const string Operation = "credentials/list";
        const int PageSize = 100;
        var ids = new List<string>();
        CscListResponse page = await PostAsync(Operation, new CscListRequest(PageSize), CscJsonContext.Default.CscListRequest, CscJsonContext.Default.CscListResponse, true, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            ids.AddRange(page.CredentialIds ?? throw CscErrors.InvalidResponse(Operation, "no credentialIDs"));
            if (string.IsNullOrEmpty(page.NextPageToken))
            {
                return ids;
            }

            page = await PostAsync(Operation, new CscListPageRequest(PageSize, page.NextPageToken), CscJsonContext.Default.CscListPageRequest, CscJsonContext.Default.CscListResponse, true, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Gets a credential's certificate chain, key algorithms and authorization (<c>credentials/info</c>, §11.5).</summary>
    /// <param name="credentialId">The credential's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The credential.</returns>
    /// <exception cref="CscException">The service refused or failed the call, or gave no usable certificate.</exception>
    public async Task<CscCredential> GetCredentialAsync(string credentialId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(credentialId);
        const string Operation = "credentials/info";
        CscCredentialResponse info = await PostAsync(Operation, new CscInfoRequest(credentialId, "chain", CertInfo: true, AuthInfo: true), CscJsonContext.Default.CscInfoRequest, CscJsonContext.Default.CscCredentialResponse, true, cancellationToken).ConfigureAwait(false);
        return CscCredentialReader.Read(credentialId, info, Operation);
    }

    /// <summary>
    /// Asks the service to send an authentication object's challenge, typically the OTP by SMS or e-mail
    /// (<c>credentials/getChallenge</c>, §11.8).
    /// </summary>
    /// <param name="credentialId">The credential's id.</param>
    /// <param name="authObjectId">The authentication object, e.g. <c>OTP</c>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The challenge when the service returns it in-band, or <see langword="null"/> when it was sent out of band (HTTP 204).</returns>
    /// <exception cref="CscException">The service refused or failed the call.</exception>
    public async Task<string?> SendChallengeAsync(string credentialId, string authObjectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(credentialId);
        ArgumentException.ThrowIfNullOrEmpty(authObjectId);
        CscChallengeResponse? answer = await PostOrEmptyAsync("credentials/getChallenge", new CscChallengeRequest(credentialId, authObjectId), CscJsonContext.Default.CscChallengeRequest, CscJsonContext.Default.CscChallengeResponse, true, cancellationToken).ConfigureAwait(false);
        return answer?.Challenge;
    }

    /// <summary>
    /// Authorizes <paramref name="hashes"/> for signing (<c>credentials/authorize</c>, §11.6): one call, one PIN/OTP entry,
    /// a SAD for as many signatures as hashes. The hashes are always bound to the SAD (what SCAL 2 requires).
    /// </summary>
    /// <param name="credentialId">The credential's id.</param>
    /// <param name="hashes">The digests to sign (at most the credential's <see cref="CscCredential.Multisign"/>).</param>
    /// <param name="hashAlgorithm">Their algorithm.</param>
    /// <param name="authData">The PIN, OTP or other objects the credential needs; empty for implicit authorization.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The SAD.</returns>
    /// <exception cref="CscException">The service refused the authentication data, the credential is disabled or locked, or the call failed.</exception>
    public async Task<CscSignatureActivation> AuthorizeAsync(string credentialId, IReadOnlyList<ReadOnlyMemory<byte>> hashes, HashAlgorithmName hashAlgorithm, IReadOnlyList<CscAuthData> authData, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(credentialId);
        ArgumentNullException.ThrowIfNull(hashes);
        ArgumentNullException.ThrowIfNull(authData);
        ArgumentOutOfRangeException.ThrowIfZero(hashes.Count, nameof(hashes));
        const string Operation = "credentials/authorize";
        var request = new CscAuthorizeRequest(
            credentialId,
            hashes.Count,
            Base64(hashes),
            HashAlgorithms.OidOf(hashAlgorithm),
            authData.Count == 0 ? null : [.. authData.Select(a => new CscAuthDataBody(a.Id, a.Value))],
            null);
        CscAuthorizeResponse answer = await PostAsync(Operation, request, CscJsonContext.Default.CscAuthorizeRequest, CscJsonContext.Default.CscAuthorizeResponse, true, cancellationToken).ConfigureAwait(false);
        const int DefaultLifetime = 3600; // §11.6: expiresIn defaults to 3600 seconds
        return new CscSignatureActivation(
            credentialId,
            answer.Sad is { Length: > 0 } sad ? sad : throw CscErrors.InvalidResponse(Operation, "no SAD (an asynchronous authorization, HTTP 202, is not supported)"),
            hashes.Count,
            _time.GetUtcNow().AddSeconds(answer.ExpiresIn ?? DefaultLifetime));
    }

    /// <summary>Signs digests with an authorized credential (<c>signatures/signHash</c>, §11.10), in one call.</summary>
    /// <param name="activation">The SAD from <see cref="AuthorizeAsync"/>.</param>
    /// <param name="hashes">The digests, each authorized by <paramref name="activation"/>.</param>
    /// <param name="hashAlgorithm">Their algorithm.</param>
    /// <param name="signAlgorithm">The signature algorithm OID, one of the credential's <see cref="CscCredential.KeyAlgorithms"/>.</param>
    /// <param name="signAlgorithmParameters">The DER parameters of <paramref name="signAlgorithm"/> (RSASSA-PSS-params), or empty.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The raw signature values, in the order of <paramref name="hashes"/>.</returns>
    /// <exception cref="CscException">The SAD expired or does not cover the hashes, or the call failed.</exception>
    public async Task<IReadOnlyList<byte[]>> SignHashAsync(CscSignatureActivation activation, IReadOnlyList<ReadOnlyMemory<byte>> hashes, HashAlgorithmName hashAlgorithm, string signAlgorithm, ReadOnlyMemory<byte> signAlgorithmParameters = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activation);
        ArgumentNullException.ThrowIfNull(hashes);
        ArgumentException.ThrowIfNullOrEmpty(signAlgorithm);
        ArgumentOutOfRangeException.ThrowIfZero(hashes.Count, nameof(hashes));
        const string Operation = "signatures/signHash";
        var request = new CscSignHashRequest(
            activation.CredentialId,
            activation.Sad,
            Base64(hashes),
            HashAlgorithms.OidOf(hashAlgorithm),
            signAlgorithm,
            signAlgorithmParameters.IsEmpty ? null : Convert.ToBase64String(signAlgorithmParameters.Span));
        CscSignHashResponse answer = await PostAsync(Operation, request, CscJsonContext.Default.CscSignHashRequest, CscJsonContext.Default.CscSignHashResponse, true, cancellationToken).ConfigureAwait(false);
        if (answer.Signatures is not { } signatures || signatures.Length != hashes.Count)
        {
            throw CscErrors.InvalidResponse(Operation, $"{answer.Signatures?.Length ?? 0} signatures for {hashes.Count} hashes");
        }

        try
        {
            return [.. signatures.Select(Convert.FromBase64String)];
        }
        catch (FormatException e)
        {
            throw CscErrors.InvalidResponse(Operation, "a signature is not Base64", e);
        }
    }

    private static string[] Base64(IReadOnlyList<ReadOnlyMemory<byte>> hashes) => [.. hashes.Select(h => Convert.ToBase64String(h.Span))];

    private async Task<TAnswer> PostAsync<TRequest, TAnswer>(string method, TRequest body, JsonTypeInfo<TRequest> request, JsonTypeInfo<TAnswer> answer, bool authorized, CancellationToken cancellationToken)
        where TAnswer : class
        => await PostOrEmptyAsync(method, body, request, answer, authorized, cancellationToken).ConfigureAwait(false)
            ?? throw CscErrors.InvalidResponse(method, "no content");

    private async Task<TAnswer?> PostOrEmptyAsync<TRequest, TAnswer>(string method, TRequest body, JsonTypeInfo<TRequest> request, JsonTypeInfo<TAnswer> answer, bool authorized, CancellationToken cancellationToken)
        where TAnswer : class
    {
        string? token = authorized ? await _tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false) : null;
        return await _http.SendAsync(() => Request(method, body, request, token), answer, method, cancellationToken).ConfigureAwait(false);
    }

    private HttpRequestMessage Request<T>(string method, T body, JsonTypeInfo<T> typeInfo, string? token)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseAddress, method)) { Content = JsonContent.Create(body, typeInfo) };
        if (token is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return message;
    }
}
