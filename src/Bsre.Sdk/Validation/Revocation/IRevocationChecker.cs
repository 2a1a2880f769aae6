using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>Finds and checks revocation evidence for one certificate: what the path validator calls for each certificate of a path.</summary>
internal interface IRevocationChecker
{
    /// <summary>Checks <paramref name="certificate"/>, issued by <paramref name="issuer"/>, at <paramref name="validationTime"/>.</summary>
    /// <param name="certificate">The certificate to check.</param>
    /// <param name="issuer">Its issuer (the CA that signs its CRLs or authorises its OCSP responder).</param>
    /// <param name="crlIssuers">
    /// Other certificates whose keys may sign its CRLs (RFC 5280 §6.3.3 (f)), each already validated for CRL signing to the
    /// trust anchor of the certificate's path: another certificate of the issuer (key rollover, a separate CRL-signing key)
    /// or the cRLIssuer of an indirect CRL. Usually empty.
    /// </param>
    /// <param name="validationTime">The time the status must hold at; evidence must be fresh for it.</param>
    /// <param name="evidence">CRLs and OCSP responses embedded in the signature or supplied by the caller.</param>
    /// <param name="cancellationToken">Cancels network fetches.</param>
    /// <returns>The status with its evidence; never throws for bad or missing evidence.</returns>
    Task<RevocationCheckResult> CheckAsync(
        X509Certificate2 certificate, X509Certificate2 issuer, IReadOnlyList<X509Certificate2> crlIssuers, DateTimeOffset validationTime, RevocationEvidence evidence, CancellationToken cancellationToken);
}
