namespace Bsre.Sdk.Validation.Revocation;

/// <summary>RFC 5280 §5.3.1 CRLReason codes and their names.</summary>
internal static class RevocationReasons
{
    public const int Unspecified = 0;
    public const int CertificateHold = 6;
    public const int RemoveFromCrl = 8;

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
