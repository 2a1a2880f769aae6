namespace Bsre.Sdk.Csc;

/// <summary>
/// The Signature Activation Data of one <c>credentials/authorize</c> (CSC API v2.0 §11.6): it lets
/// <c>signatures/signHash</c> sign the authorized hashes until it expires. <see cref="ToString"/> hides it.
/// </summary>
public sealed class CscSignatureActivation
{
    internal CscSignatureActivation(string credentialId, string sad, int numSignatures, DateTimeOffset expiresAt)
    {
        CredentialId = credentialId;
        Sad = sad;
        NumSignatures = numSignatures;
        ExpiresAt = expiresAt;
    }

    /// <summary>Gets the credential the SAD activates.</summary>
    public string CredentialId { get; }

    /// <summary>Gets how many signatures it authorizes.</summary>
    public int NumSignatures { get; }

    /// <summary>Gets when it expires, by the local clock (the service's <c>expiresIn</c>, default 3600 s).</summary>
    public DateTimeOffset ExpiresAt { get; }

    internal string Sad { get; }

    /// <inheritdoc />
    public override string ToString() => $"SAD for {NumSignatures} signature(s) of {CredentialId}, until {ExpiresAt:u}";
}
