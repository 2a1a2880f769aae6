using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Testing;

/// <summary>One revoked certificate to list in a CRL made by <see cref="TestPki.CreateCrl"/>.</summary>
/// <param name="Certificate">The revoked certificate; only its serial number is used.</param>
/// <param name="RevokedAt">The revocation date.</param>
/// <param name="Reason">
/// The CRL reason code. <see cref="X509RevocationReason.Unspecified"/> omits the reasonCode entry extension,
/// as RFC 5280 section 5.3.1 recommends.
/// </param>
public sealed record CrlEntry(X509Certificate2 Certificate, DateTimeOffset RevokedAt, X509RevocationReason Reason);
