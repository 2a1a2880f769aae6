using System.Text.Json;

namespace Bsre.Sdk.Client.Internal;

/// <summary>Maps v1 (<c>/api/sign/verify</c>) and v2 (<c>/api/v2/verify/pdf</c>) answers to one typed result.</summary>
internal static class VerificationParser
{
    public static VerificationResult V2(JsonElement root)
    {
        string? conclusion = JsonValues.String(root, "conclusion");
        var signatures = JsonValues.Array(root, "signatureInformations").Select(V2Signature).ToArray();
        return new VerificationResult
        {
            Conclusion = conclusion,
            IsValid = conclusion is "VALID" or "TOTAL_PASSED",
            Description = JsonValues.String(root, "description"),
            SignatureCount = JsonValues.Int(root, "signatureCount") ?? signatures.Length,
            Signatures = signatures,
        };
    }

    public static VerificationResult V1(JsonElement root)
    {
        var signatures = JsonValues.Array(root, "details").Select(V1Signature).ToArray();
        int count = JsonValues.Int(root, "jumlah_signature") ?? signatures.Length;
        return new VerificationResult
        {
            Conclusion = JsonValues.String(root, "summary"),
            Description = JsonValues.String(root, "notes"),
            DocumentName = JsonValues.String(root, "nama_dokumen"),
            SignatureCount = count,
            IsValid = count > 0 && signatures.Length > 0 && signatures.All(s => s.IntegrityValid == true && s.CertificateTrusted == true),
            Signatures = signatures,
        };
    }

    private static VerifiedSignature V2Signature(JsonElement item)
    {
        TimestampDetails? timestamp = (JsonValues.Property(item, "timestampInfomation") ?? JsonValues.Property(item, "timestampInformation")) is { } t
            ? new TimestampDetails
            {
                Id = JsonValues.String(t, "id"),
                SignerName = JsonValues.String(t, "signerName"),
                Time = JsonValues.Date(t, "timestampDate"),
            }
            : null;
        return new VerifiedSignature
        {
            Id = JsonValues.String(item, "id"),
            FieldName = JsonValues.String(item, "fieldName"),
            SignerName = JsonValues.String(item, "signerName"),
            Reason = JsonValues.String(item, "reason"),
            Location = JsonValues.String(item, "location"),
            SignatureFormat = JsonValues.String(item, "signatureFormat"),
            SigningTime = JsonValues.Date(item, "signatureDate"),
            IntegrityValid = JsonValues.Bool(item, "integrityValid"),
            CertificateTrusted = JsonValues.Bool(item, "certificateTrusted"),
            LongTermValidation = JsonValues.Bool(item, "ltv"),
            IsLastSignature = JsonValues.Bool(item, "lastSignature"),
            CertificationLevel = JsonValues.Int(item, "certLevelCode"),
            DigestAlgorithm = JsonValues.String(item, "digestAlgorithm"),
            SignatureAlgorithm = JsonValues.String(item, "signatureAlgorithm"),
            Timestamped = timestamp is not null,
            Timestamp = timestamp,
            Certificates = JsonValues.Array(item, "certificateDetails").Select(Certificate).ToArray(),
        };
    }

    private static CertificateDetails Certificate(JsonElement c) => new()
    {
        Id = JsonValues.String(c, "id"),
        CommonName = JsonValues.String(c, "commonName"),
        IssuerName = JsonValues.String(c, "issuerName"),
        SerialNumber = JsonValues.String(c, "serialNumber"),
        NotBefore = JsonValues.Date(c, "notBeforeDate"),
        NotAfter = JsonValues.Date(c, "notAfterDate"),
        KeyUsages = JsonValues.Array(c, "keyUsages").Where(k => k.ValueKind == JsonValueKind.String).Select(k => k.GetString()!).ToArray(),
        SignatureAlgorithm = JsonValues.String(c, "signatureAlgoritm") ?? JsonValues.String(c, "signatureAlgorithm"),
    };

    private static VerifiedSignature V1Signature(JsonElement item)
    {
        JsonElement signer = JsonValues.Property(item, "info_signer") ?? default;
        JsonElement document = JsonValues.Property(item, "signature_document") ?? default;
        JsonElement? tsa = JsonValues.Property(item, "info_tsa");
        return new VerifiedSignature
        {
            FieldName = JsonValues.String(item, "signature_field"),
            SignerName = JsonValues.String(signer, "signer_name"),
            SignerDistinguishedName = JsonValues.String(signer, "signer_dn"),
            IssuerDistinguishedName = JsonValues.String(signer, "issuer_dn"),
            CertificateValidity = JsonValues.String(signer, "signer_cert_validity"),
            CertificateTrusted = JsonValues.Bool(signer, "cert_user_certified"),
            SigningTime = JsonValues.Date(document, "signed_in"),
            Reason = JsonValues.String(document, "reason"),
            Location = JsonValues.String(document, "location"),
            IntegrityValid = JsonValues.Bool(document, "document_integrity"),
            Timestamped = JsonValues.Bool(document, "signed_using_tsa"),
            Timestamp = tsa is { ValueKind: JsonValueKind.Object } t && JsonValues.String(t, "name") is { } name
                ? new TimestampDetails { SignerName = name, CertificateValidity = JsonValues.String(t, "tsa_cert_validity") }
                : null,
        };
    }
}
