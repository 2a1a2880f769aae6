namespace Bsre.Sdk.Client;

/// <summary>A signer's certificate status as the gateway reports it. Only <see cref="Issue"/> can sign.</summary>
public enum CertificateStatus
{
    /// <summary>A status word this SDK does not know; see <see cref="UserStatusResult.RawStatus"/>.</summary>
    Unknown = 0,

    /// <summary><c>ISSUE</c>: the certificate is active and can sign.</summary>
    Issue,

    /// <summary><c>EXPIRED</c>: the certificate has expired.</summary>
    Expired,

    /// <summary><c>RENEW</c>: a renewal is in progress.</summary>
    Renew,

    /// <summary><c>WAITING_FOR_VERIFICATION</c>: the enrolment is being verified.</summary>
    WaitingForVerification,

    /// <summary><c>NEW</c>: a certificate exists but is not activated yet.</summary>
    New,

    /// <summary><c>NO_CERTIFICATE</c>: registered, without a certificate.</summary>
    NoCertificate,

    /// <summary><c>NOT_REGISTERED</c>: the gateway does not know the user.</summary>
    NotRegistered,

    /// <summary><c>SUSPEND</c>: the certificate is suspended.</summary>
    Suspend,

    /// <summary><c>REVOKE</c>: the certificate is revoked.</summary>
    Revoke,
}
