using System.Text.RegularExpressions;

namespace Bsre.Sdk.Client.Internal;

/// <summary>The gateway's certificate status words and their <see cref="CertificateStatus"/> values.</summary>
internal static partial class StatusWords
{
    public static CertificateStatus Parse(string? word) => word?.Trim().ToUpperInvariant() switch
    {
        "ISSUE" or "ISSUED" => CertificateStatus.Issue,
        "EXPIRED" => CertificateStatus.Expired,
        "RENEW" => CertificateStatus.Renew,
        "WAITING_FOR_VERIFICATION" => CertificateStatus.WaitingForVerification,
        "NEW" => CertificateStatus.New,
        "NO_CERTIFICATE" => CertificateStatus.NoCertificate,
        "NOT_REGISTERED" => CertificateStatus.NotRegistered,
        "SUSPEND" or "SUSPENDED" => CertificateStatus.Suspend,
        "REVOKE" or "REVOKED" => CertificateStatus.Revoke,
        _ => CertificateStatus.Unknown,
    };

    public static string ToWord(CertificateStatus status) => status switch
    {
        CertificateStatus.Issue => "ISSUE",
        CertificateStatus.Expired => "EXPIRED",
        CertificateStatus.Renew => "RENEW",
        CertificateStatus.WaitingForVerification => "WAITING_FOR_VERIFICATION",
        CertificateStatus.New => "NEW",
        CertificateStatus.NoCertificate => "NO_CERTIFICATE",
        CertificateStatus.NotRegistered => "NOT_REGISTERED",
        CertificateStatus.Suspend => "SUSPEND",
        CertificateStatus.Revoke => "REVOKE",
        _ => "UNKNOWN",
    };

    /// <summary>Finds a non-active status word (upper case, whole word) in an error message.</summary>
    public static CertificateStatus? FindIn(string text) => InactiveWord().Match(text) is { Success: true } m ? Parse(m.Value) : null;

    [GeneratedRegex(@"\b(WAITING_FOR_VERIFICATION|NO_CERTIFICATE|NOT_REGISTERED|EXPIRED|RENEW|NEW|SUSPEND|REVOKE)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InactiveWord();
}
