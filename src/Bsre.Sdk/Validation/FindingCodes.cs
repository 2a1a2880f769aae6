namespace Bsre.Sdk.Validation;

/// <summary>
/// The stable codes of <see cref="ValidationFinding"/>s, for programs that branch on a finding (also listed in
/// docs/troubleshooting.md). A code, once published, keeps its meaning.
/// </summary>
public static class FindingCodes
{
    /// <summary>A PDF signature's /Contents is not usable CMS, or holds no or several SignerInfos.</summary>
    public const string CmsUnreadable = "CMS_UNREADABLE";

    /// <summary>The signing (or TSA) certificate is neither in the signature nor among the supplied certificates.</summary>
    public const string SigningCertificateNotFound = "SIGNING_CERTIFICATE_NOT_FOUND";

    /// <summary>A detached signature was validated without its content.</summary>
    public const string SignedDataNotFound = "SIGNED_DATA_NOT_FOUND";

    /// <summary>No signed attributes, which CAdES requires.</summary>
    public const string SignedAttributesMissing = "SIGNED_ATTRIBUTES_MISSING";

    /// <summary>An RFC 5652 §11 attribute rule is broken.</summary>
    public const string SignedAttributesInvalid = "SIGNED_ATTRIBUTES_INVALID";

    /// <summary>The signed attributes are not in DER order and the signature verifies only over them as received.</summary>
    public const string SignedAttributesNotDer = "SIGNED_ATTRIBUTES_NOT_DER";

    /// <summary>The content's digest differs from the message-digest attribute (or what the signature binds).</summary>
    public const string ContentDigestMismatch = "CONTENT_DIGEST_MISMATCH";

    /// <summary>The signature value does not verify.</summary>
    public const string SignatureValueInvalid = "SIGNATURE_VALUE_INVALID";

    /// <summary>A digest or signature algorithm the SDK cannot compute.</summary>
    public const string AlgorithmUnsupported = "ALGORITHM_UNSUPPORTED";

    /// <summary>The signing-certificate(-v2) attribute names another certificate.</summary>
    public const string SigningCertificateMismatch = "SIGNING_CERTIFICATE_MISMATCH";

    /// <summary>Valid CMS, but not a CAdES baseline signature (no signing-certificate-v2 or signing-time).</summary>
    public const string NotBaseline = "NOT_BASELINE";

    /// <summary>A PKCS#7 signature without signed attributes: nothing binds the signing certificate or a claimed time to it.</summary>
    public const string LegacyPkcs7 = "LEGACY_PKCS7_NO_SIGNED_ATTRIBUTES";

    /// <summary>A timestamp token cannot be decoded.</summary>
    public const string TimestampUnreadable = "TIMESTAMP_UNREADABLE";

    /// <summary>A timestamp does not cover what it should.</summary>
    public const string TimestampImprintMismatch = "TIMESTAMP_IMPRINT_MISMATCH";

    /// <summary>A timestamp's own signature does not verify.</summary>
    public const string TimestampSignatureInvalid = "TIMESTAMP_SIGNATURE_INVALID";

    /// <summary>A timestamp's TSA path is not valid: its time is reported but proves nothing.</summary>
    public const string TimestampTsaUntrusted = "TIMESTAMP_TSA_UNTRUSTED";

    /// <summary>An archive timestamp that cannot be checked (no ats-hash-index-v3, or an unlisted digest): not used.</summary>
    public const string ArchiveTimestampUnchecked = "ARCHIVE_TIMESTAMP_UNCHECKED";

    /// <summary>An archive timestamp whose ats-hash-index is malformed or lists what is no longer there: not used.</summary>
    public const string ArchiveTimestampInvalid = "ARCHIVE_TIMESTAMP_INVALID";

    /// <summary>The certificate path failed; the subindication says how.</summary>
    public const string CertificatePathInvalid = "CERTIFICATE_PATH_INVALID";

    /// <summary>Validated at the time a timestamp proves, not at the validation time (past validation).</summary>
    public const string ValidatedAtProofOfExistence = "VALIDATED_AT_PROOF_OF_EXISTENCE";

    /// <summary>The signing certificate was revoked after the proven time: the signature stays valid.</summary>
    public const string RevokedAfterProofOfExistence = "REVOKED_AFTER_PROOF_OF_EXISTENCE";

    /// <summary>An algorithm or key is past its sunset without a proof of existence before it.</summary>
    public const string CryptoConstraintsNotMet = "CRYPTO_CONSTRAINTS_NOT_MET";

    /// <summary>An algorithm past its sunset is accepted because a timestamp proves the signature is older.</summary>
    public const string CryptoAcceptedByProofOfExistence = "CRYPTO_ACCEPTED_BY_PROOF_OF_EXISTENCE";

    /// <summary>A /ByteRange, /Contents or signature dictionary violation.</summary>
    public const string PdfStructureInvalid = "PDF_STRUCTURE_INVALID";

    /// <summary>A change after signing that no signature permits.</summary>
    public const string PdfModificationNotAllowed = "PDF_MODIFICATION_NOT_ALLOWED";

    /// <summary>Allowed changes after signing.</summary>
    public const string PdfModified = "PDF_MODIFIED";

    /// <summary>Changes after signing beyond the certification's DocMDP permission.</summary>
    public const string PdfPermissionExceeded = "PDF_PERMISSION_EXCEEDED";

    /// <summary>A later revision changed fields that a signature locks (FieldMDP).</summary>
    public const string PdfFieldLocked = "PDF_FIELD_LOCKED";

    /// <summary>A visible signature field added to a certified document (sneaky signature attack).</summary>
    public const string PdfSneakySignature = "PDF_SNEAKY_SIGNATURE";

    /// <summary>A hybrid-reference file whose two cross-reference sections disagree.</summary>
    public const string PdfHybridXrefConflict = "PDF_HYBRID_XREF_CONFLICT";
}
