namespace Bsre.Sdk.Validation.Revocation;

/// <summary>RFC 5280 §5.3.1 CRLReason codes and their names.</summary>
internal static class RevocationReasons
{
    public const int Unspecified = 0;
    public const int CertificateHold = 6;
    public const int RemoveFromCrl = 8;

    /// <summary>
    /// Every ReasonFlags reason (keyCompromise to aACompromise, not the unused bit 0) as bits in the order BouncyCastle's
    /// <c>DerBitString.IntValue</c> gives them: the first octet's bits in its low byte, the second octet's in the next.
    /// </summary>
    public const int AllReasonFlags = 0x807F;

    /// <summary>Returns the RFC 5280 name of a reason code (e.g. <c>keyCompromise</c>), or <see langword="null"/> when absent.</summary>
    public static string? Name(int? code) => code switch
    {
        null => null,
        0 => "unspecified",
        1 => "keyCompromise",
        2 => "cACompromise",
        3 => "affiliationChanged",
        4 => "superseded",
        5 => "cessationOfOperation",
        6 => "certificateHold",
        8 => "removeFromCRL",
        9 => "privilegeWithdrawn",
        10 => "aACompromise",
        _ => $"reason{code}",
    };
}
