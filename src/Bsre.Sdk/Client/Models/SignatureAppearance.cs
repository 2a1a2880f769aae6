namespace Bsre.Sdk.Client;

/// <summary>Whether the gateway draws the signature on the page (<c>tampilan</c>).</summary>
public enum SignatureAppearance
{
    /// <summary>No visible mark (<c>invisible</c>).</summary>
    Invisible = 0,

    /// <summary>A visible box with the specimen image or a QR code (<c>visible</c>).</summary>
    Visible,
}
