namespace Bsre.Sdk.Csc;

/// <summary>Settings of a <see cref="CscSigner"/>: which credential, and how the application supplies the PIN and OTP.</summary>
public sealed class CscSignerOptions
{
    /// <summary>Gets or sets the credential's id (from <see cref="CscClient.ListCredentialsAsync"/> or the provider).</summary>
    /// <value>No default: required.</value>
    public string? CredentialId { get; set; }

    /// <summary>
    /// Gets or sets what the application answers when the service needs authentication data for <c>credentials/authorize</c>:
    /// called once per authorization with the credential and how many signatures it covers (a batch is one call), it returns
    /// the PIN, OTP or other objects named by <see cref="CscCredential.AuthObjects"/>. Ask the user here; for an OTP sent by
    /// SMS or e-mail, call <see cref="CscClient.SendChallengeAsync"/> first. <see langword="null"/> for implicit authorization.
    /// </summary>
    /// <value>Default <see langword="null"/>.</value>
    public Func<CscCredential, int, CancellationToken, ValueTask<IReadOnlyList<CscAuthData>>>? AuthenticationData { get; set; }

    /// <summary>Gets or sets the most hashes sent in one <c>signatures/signHash</c> call (services cap the request size).</summary>
    /// <value>Default 100.</value>
    public int MaxHashesPerCall { get; set; } = 100;
}
