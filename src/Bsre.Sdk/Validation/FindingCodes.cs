namespace Bsre.Sdk.Validation;

/// <summary>The stable codes of <see cref="ValidationFinding"/>s (documented in docs/troubleshooting.md).</summary>
internal static class FindingCodes
{
    public const string CmsUnreadable = "CMS_UNREADABLE";
    public const string SigningCertificateNotFound = "SIGNING_CERTIFICATE_NOT_FOUND";
    public const string SignedDataNotFound = "SIGNED_DATA_NOT_FOUND";
    public const string SignedAttributesMissing = "SIGNED_ATTRIBUTES_MISSING";
    public const string SignedAttributesInvalid = "SIGNED_ATTRIBUTES_INVALID";
    public const string SignedAttributesNotDer = "SIGNED_ATTRIBUTES_NOT_DER";
    public const string ContentDigestMismatch = "CONTENT_DIGEST_MISMATCH";
    public const string SignatureValueInvalid = "SIGNATURE_VALUE_INVALID";
    public const string AlgorithmUnsupported = "ALGORITHM_UNSUPPORTED";
    public const string SigningCertificateMismatch = "SIGNING_CERTIFICATE_MISMATCH";
    public const string NotBaseline = "NOT_BASELINE";
    public const string LegacyPkcs7 = "LEGACY_PKCS7_NO_SIGNED_ATTRIBUTES";
    public const string TimestampUnreadable = "TIMESTAMP_UNREADABLE";
    public const string TimestampImprintMismatch = "TIMESTAMP_IMPRINT_MISMATCH";
    public const string TimestampSignatureInvalid = "TIMESTAMP_SIGNATURE_INVALID";
    public const string TimestampTsaUntrusted = "TIMESTAMP_TSA_UNTRUSTED";
    public const string ArchiveTimestampUnchecked = "ARCHIVE_TIMESTAMP_UNCHECKED";
    public const string ArchiveTimestampInvalid = "ARCHIVE_TIMESTAMP_INVALID";
    public const string CertificatePathInvalid = "CERTIFICATE_PATH_INVALID";
    public const string ValidatedAtProofOfExistence = "VALIDATED_AT_PROOF_OF_EXISTENCE";
    public const string RevokedAfterProofOfExistence = "REVOKED_AFTER_PROOF_OF_EXISTENCE";
    public const string CryptoConstraintsNotMet = "CRYPTO_CONSTRAINTS_NOT_MET";
    public const string CryptoAcceptedByProofOfExistence = "CRYPTO_ACCEPTED_BY_PROOF_OF_EXISTENCE";
    public const string PdfStructureInvalid = "PDF_STRUCTURE_INVALID";
    public const string PdfModificationNotAllowed = "PDF_MODIFICATION_NOT_ALLOWED";
    public const string PdfModified = "PDF_MODIFIED";
    public const string PdfPermissionExceeded = "PDF_PERMISSION_EXCEEDED";
    public const string PdfFieldLocked = "PDF_FIELD_LOCKED";
    public const string PdfSneakySignature = "PDF_SNEAKY_SIGNATURE";
    public const string PdfHybridXrefConflict = "PDF_HYBRID_XREF_CONFLICT";
}
