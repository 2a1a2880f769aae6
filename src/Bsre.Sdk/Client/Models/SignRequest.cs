namespace Bsre.Sdk.Client;

/// <summary>An API v2 signing request: one signer, a passphrase or TOTP, one or more PDFs with their properties.</summary>
public sealed class SignRequest
{
    /// <summary>Gets or sets the signer (NIK or e-mail).</summary>
    public required SignerId Signer { get; set; }

    /// <summary>Gets or sets the passphrase or TOTP.</summary>
    public required SignerSecret Secret { get; set; }

    /// <summary>Gets the documents, signed in this order; the result lists them in the same order.</summary>
    public IList<SignDocument> Documents { get; } = new List<SignDocument>();
}
