namespace Bsre.Sdk.Validation.Revocation;

/// <summary>One revokedCertificates entry of a CRL.</summary>
/// <param name="RevokedAt">The revocationDate.</param>
/// <param name="ReasonCode">The reasonCode entry extension, or <see langword="null"/> when absent.</param>
internal readonly record struct RevokedCertificate(DateTimeOffset RevokedAt, int? ReasonCode);
