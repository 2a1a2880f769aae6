namespace Bsre.Sdk.Client;

/// <summary>The answer of a user status check.</summary>
public sealed class UserStatusResult
{
    /// <summary>Gets the status.</summary>
    public CertificateStatus Status { get; init; }

    /// <summary>Gets the status word exactly as the gateway sent it (e.g. <c>ISSUE</c>).</summary>
    public string? RawStatus { get; init; }

    /// <summary>Gets whether the signer can sign now (status <see cref="CertificateStatus.Issue"/>).</summary>
    public bool CanSign => Status == CertificateStatus.Issue;

    /// <inheritdoc />
    public override string ToString() => RawStatus ?? Status.ToString();
}
