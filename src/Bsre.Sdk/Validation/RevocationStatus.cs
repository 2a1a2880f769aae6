namespace Bsre.Sdk.Validation;

/// <summary>A certificate's revocation status as found.</summary>
public enum RevocationStatus
{
    /// <summary>Not checked (trust anchor, revocation checking off, or not yet done).</summary>
    Unchecked = 0,

    /// <summary>Not revoked, per fresh revocation data.</summary>
    Good,

    /// <summary>Revoked; see <see cref="RevocationInfo.RevokedAt"/>.</summary>
    Revoked,

    /// <summary>The responder does not know the certificate, or no usable data was found.</summary>
    Unknown,
}
