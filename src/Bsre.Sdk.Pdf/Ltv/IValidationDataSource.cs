using Org.BouncyCastle.X509;

namespace Bsre.Sdk.Pdf.Ltv;

/// <summary>
/// Fetches revocation data for the DSS.
/// TODO(lead): Bsre.Sdk's OcspClient/CrlClient (Validation/Revocation) landed as internal types; once they are
/// public or Bsre.Sdk grants InternalsVisibleTo("Bsre.Sdk.Pdf"), implement this interface with them (shared cache,
/// response verification) and delete <see cref="HttpValidationDataSource"/>.
/// </summary>
internal interface IValidationDataSource
{
    /// <summary>Returns a DER OCSPResponse (successful) for <paramref name="certificate"/>, or <see langword="null"/>.</summary>
    Task<byte[]?> GetOcspResponseAsync(X509Certificate certificate, X509Certificate issuer, CancellationToken cancellationToken);

    /// <summary>Returns a DER CRL covering <paramref name="certificate"/>, or <see langword="null"/>.</summary>
    Task<byte[]?> GetCrlAsync(X509Certificate certificate, CancellationToken cancellationToken);
}
