namespace Bsre.Sdk.Client;

/// <summary>One signature as the gateway verified it.</summary>
public sealed class VerifiedSignature
{
    /// <summary>Gets the gateway's id of the signature (v2 <c>id</c>).</summary>
    public string? Id { get; init; }

    /// <summary>Gets the signature field name (v2 <c>fieldName</c>, v1 <c>signature_field</c>).</summary>
    public string? FieldName { get; init; }

    /// <summary>Gets the signer's name (<c>signerName</c>, v1 <c>signer_name</c>).</summary>
    public string? SignerName { get; init; }

    /// <summary>Gets the signer's distinguished name (v1 <c>signer_dn</c>).</summary>
    public string? SignerDistinguishedName { get; init; }

    /// <summary>Gets the issuer's distinguished name (v1 <c>issuer_dn</c>).</summary>
    public string? IssuerDistinguishedName { get; init; }

    /// <summary>Gets the signing reason.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the signing location.</summary>
    public string? Location { get; init; }

    /// <summary>Gets the signature format, e.g. <c>PAdES-BASELINE-LT</c> (v2 <c>signatureFormat</c>).</summary>
    public string? SignatureFormat { get; init; }

    /// <summary>Gets the claimed signing time (v2 <c>signatureDate</c>, v1 <c>signed_in</c>).</summary>
    public DateTimeOffset? SigningTime { get; init; }

    /// <summary>Gets whether the signed bytes are intact (v2 <c>integrityValid</c>, v1 <c>document_integrity</c>).</summary>
    public bool? IntegrityValid { get; init; }

    /// <summary>Gets whether the signer's certificate is trusted (v2 <c>certificateTrusted</c>, v1 <c>cert_user_certified</c>).</summary>
    public bool? CertificateTrusted { get; init; }

    /// <summary>Gets whether long-term validation data is present (v2 <c>ltv</c>).</summary>
    public bool? LongTermValidation { get; init; }

    /// <summary>Gets whether this is the document's last signature (v2 <c>lastSignature</c>).</summary>
    public bool? IsLastSignature { get; init; }

    /// <summary>Gets the certification level (v2 <c>certLevelCode</c>; 0 = approval signature).</summary>
    public int? CertificationLevel { get; init; }

    /// <summary>Gets the digest algorithm (v2 <c>digestAlgorithm</c>).</summary>
    public string? DigestAlgorithm { get; init; }

    /// <summary>Gets the signature algorithm (v2 <c>signatureAlgorithm</c>).</summary>
    public string? SignatureAlgorithm { get; init; }

    /// <summary>Gets whether a timestamp was used (v1 <c>signed_using_tsa</c>; v2: a timestamp is present).</summary>
    public bool? Timestamped { get; init; }

    /// <summary>Gets the signer certificate's validity text (v1 <c>signer_cert_validity</c>).</summary>
    public string? CertificateValidity { get; init; }

    /// <summary>Gets the certificate chain, leaf first (v2 <c>certificateDetails</c>).</summary>
    public IReadOnlyList<CertificateDetails> Certificates { get; init; } = [];

    /// <summary>Gets the timestamp (v2 <c>timestampInfomation</c> [sic], v1 <c>info_tsa</c>), if any.</summary>
    public TimestampDetails? Timestamp { get; init; }
}
