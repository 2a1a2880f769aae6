namespace Bsre.Sdk.Client;

/// <summary>An electronic seal request (organisation certificate): the subscriber, a seal TOTP and the PDFs.</summary>
public sealed class SealRequest
{
    /// <summary>Gets or sets the institution's subscriber id (<c>idSubscriber</c>).</summary>
    public required string SubscriberId { get; set; }

    /// <summary>Gets or sets the seal TOTP from <see cref="BsreClient.RequestSealTotpAsync"/>; never logged.</summary>
    public required string Totp { get; set; }

    /// <summary>Gets the documents, sealed in this order.</summary>
    public IList<SignDocument> Documents { get; } = new List<SignDocument>();
}
