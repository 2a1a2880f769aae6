namespace Bsre.Sdk.Client;

/// <summary>A certificate as described in a v2 verification answer (<c>certificateDetails</c>).</summary>
public sealed class CertificateDetails
{
    /// <summary>Gets the gateway's id of the certificate.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the subject common name (<c>commonName</c>).</summary>
    public string? CommonName { get; init; }

    /// <summary>Gets the issuer's distinguished name (<c>issuerName</c>).</summary>
    public string? IssuerName { get; init; }

    /// <summary>Gets the serial number as sent (decimal).</summary>
    public string? SerialNumber { get; init; }

    /// <summary>Gets the start of validity (<c>notBeforeDate</c>).</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>Gets the end of validity (<c>notAfterDate</c>).</summary>
    public DateTimeOffset? NotAfter { get; init; }

    /// <summary>Gets the key usages (<c>keyUsages</c>).</summary>
    public IReadOnlyList<string> KeyUsages { get; init; } = [];

    /// <summary>Gets the certificate's signature algorithm (the API's misspelt <c>signatureAlgoritm</c>).</summary>
    public string? SignatureAlgorithm { get; init; }
}
