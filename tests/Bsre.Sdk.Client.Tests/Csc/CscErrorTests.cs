using System.Net;
using System.Security.Cryptography;
using Bsre.Sdk.Csc;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Testing.Emulator;

namespace Bsre.Sdk.Client.Tests.Csc;

/// <summary>Every refusal of the CSC service is a typed <see cref="CscException"/> with a distinct code, and no secret in its message.</summary>
public sealed class CscErrorTests(CscEmulatorFixture fixture) : IClassFixture<CscEmulatorFixture>
{
    private static readonly SignatureRequest Request = new("signed attributes"u8.ToArray(), HashAlgorithmName.SHA256, SignatureScheme.RsaPkcs1);

    [Fact]
    public async Task A_wrong_OTP_is_InvalidOtp_and_a_wrong_PIN_InvalidPin_without_the_secret_in_the_message()
    {
        CscClient client = fixture.Client();
        using var wrongOtp = new CscSigner(client, new CscSignerOptions { CredentialId = BsreEmulator.CscRsaCredential, AuthenticationData = fixture.PinAndOtp(client, otp: "000000") });
        using var wrongPin = new CscSigner(client, new CscSignerOptions { CredentialId = BsreEmulator.CscRsaCredential, AuthenticationData = fixture.PinAndOtp(client, pin: "999111") });

        var otp = await Assert.ThrowsAsync<CscException>(async () => await wrongOtp.SignAsync(Request));
        var pin = await Assert.ThrowsAsync<CscException>(async () => await wrongPin.SignAsync(Request));

        Assert.Equal(CscErrorCode.InvalidOtp, otp.ErrorCode);
        Assert.Equal(CscErrorCode.InvalidPin, pin.ErrorCode);
        Assert.DoesNotContain("000000", otp.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("999111", pin.Message, StringComparison.Ordinal);
        Assert.Equal("urn:bsre-sdk:problem:invalid-otp", BsreProblem.FromException(otp)!.Type);
    }

    [Fact]
    public async Task A_revoked_credential_is_CertificateRevoked_when_opened_and_when_authorized()
    {
        CscClient client = fixture.Client();
        using var signer = new CscSigner(client, new CscSignerOptions { CredentialId = BsreEmulator.CscRevokedCredential, AuthenticationData = fixture.PinAndOtp(client) });

        var opened = await Assert.ThrowsAsync<CscException>(async () => await signer.GetCertificatesAsync());
        var authorized = await Assert.ThrowsAsync<CscException>(() => client.AuthorizeAsync(
            BsreEmulator.CscRevokedCredential, [Request.Digest], HashAlgorithmName.SHA256, [CscAuthData.Pin(fixture.Options.CscPin)]));

        Assert.Equal(CscErrorCode.CertificateRevoked, opened.ErrorCode);
        Assert.Equal(CscErrorCode.CertificateRevoked, authorized.ErrorCode);
        Assert.Equal("Signing certificate is revoked", authorized.ServiceDescription);
    }

    [Fact]
    public async Task An_expired_access_token_is_AccessTokenExpired()
    {
        CscClient client = fixture.Client(new FirstTokenOnly(fixture.Tokens()));
        await client.ListCredentialsAsync();

        fixture.Clock.Set(fixture.Clock.GetUtcNow() + fixture.Options.CscAccessTokenLifetime + TimeSpan.FromSeconds(1));
        var expired = await Assert.ThrowsAsync<CscException>(() => client.ListCredentialsAsync());

        Assert.Equal(CscErrorCode.AccessTokenExpired, expired.ErrorCode);
        Assert.Equal("invalid_token", expired.ServiceError);
        Assert.Equal(401, BsreProblem.FromException(expired)!.Status);
    }

    [Fact]
    public async Task An_unknown_access_token_is_AccessTokenInvalid()
    {
        CscClient client = fixture.Client(new FixedToken("not-a-token"));

        var invalid = await Assert.ThrowsAsync<CscException>(() => client.GetCredentialAsync(BsreEmulator.CscRsaCredential));

        Assert.Equal(CscErrorCode.AccessTokenInvalid, invalid.ErrorCode);
    }

    [Fact]
    public async Task An_expired_SAD_is_SadExpired()
    {
        CscClient client = fixture.Client();
        await client.SendChallengeAsync(BsreEmulator.CscRsaCredential, "OTP");
        CscSignatureActivation sad = await client.AuthorizeAsync(BsreEmulator.CscRsaCredential, [Request.Digest], HashAlgorithmName.SHA256,
            [CscAuthData.Pin(fixture.Options.CscPin), CscAuthData.Otp(fixture.Emulator.Mailbox.LatestCode(BsreEmulator.CscRsaCredential)!)]);

        fixture.Clock.Set(fixture.Clock.GetUtcNow() + TimeSpan.FromMinutes(6));
        var expired = await Assert.ThrowsAsync<CscException>(() => client.SignHashAsync(sad, [Request.Digest], HashAlgorithmName.SHA256, "1.2.840.113549.1.1.1"));

        Assert.Equal(CscErrorCode.SadExpired, expired.ErrorCode);
        Assert.Equal(1, sad.NumSignatures);
    }

    [Fact]
    public async Task A_hash_the_SAD_was_not_bound_to_is_SadInvalid()
    {
        CscClient client = fixture.Client();
        await client.SendChallengeAsync(BsreEmulator.CscRsaCredential, "OTP");
        CscSignatureActivation sad = await client.AuthorizeAsync(BsreEmulator.CscRsaCredential, [Request.Digest], HashAlgorithmName.SHA256,
            [CscAuthData.Pin(fixture.Options.CscPin), CscAuthData.Otp(fixture.Emulator.Mailbox.LatestCode(BsreEmulator.CscRsaCredential)!)]);

        var other = await Assert.ThrowsAsync<CscException>(() => client.SignHashAsync(sad, [SHA256.HashData("other"u8)], HashAlgorithmName.SHA256, "1.2.840.113549.1.1.1"));

        Assert.Equal(CscErrorCode.SadInvalid, other.ErrorCode);
    }

    [Fact]
    public async Task The_authorization_code_flow_with_PKCE_gets_a_user_token_and_a_wrong_verifier_is_refused()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        CscOAuth2TokenProvider tokens = fixture.Tokens();
        CscAuthorizationCodeRequest request = tokens.CreateAuthorizationRequest(new Uri("https://app.example.go.id/csc/callback"));

        using HttpResponseMessage redirect = await http.GetAsync(request.AuthorizationUrl);
        var query = System.Web.HttpUtility.ParseQueryString(redirect.Headers.Location!.Query);
        var forged = new CscAuthorizationCodeRequest(request.AuthorizationUrl, request.RedirectUri, request.State, new string('x', 43));
        var refused = await Assert.ThrowsAsync<CscException>(() => fixture.Tokens().RedeemAuthorizationCodeAsync(forged, query["code"]!));
        using HttpResponseMessage again = await http.GetAsync(request.AuthorizationUrl);
        await tokens.RedeemAuthorizationCodeAsync(request, System.Web.HttpUtility.ParseQueryString(again.Headers.Location!.Query)["code"]!);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal(request.State, query["state"]);
        Assert.Equal(CscErrorCode.ClientAuthenticationFailed, refused.ErrorCode);
        Assert.Contains(BsreEmulator.CscRsaCredential, await fixture.Client(tokens).ListCredentialsAsync());
    }

    /// <summary>A token provider that keeps the first token it got, as an application caching tokens itself would.</summary>
    private sealed class FirstTokenOnly(ICscTokenProvider inner) : ICscTokenProvider
    {
        private string? _token;

        public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken = default) =>
            _token ??= await inner.GetAccessTokenAsync(cancellationToken);
    }

    private sealed class FixedToken(string token) : ICscTokenProvider
    {
        public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(token);
    }
}
