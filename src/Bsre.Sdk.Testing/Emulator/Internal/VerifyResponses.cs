using System.Globalization;
using System.Numerics;
using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>Writes verification results in the API's shapes: v1 (snake_case, Indonesian) and v2 (with its misspellings).</summary>
internal static class VerifyResponses
{
    public static Dictionary<string, object?> V1(string fileName, IReadOnlyList<PdfSignatureCheck> checks) => new()
    {
        ["nama_dokumen"] = fileName,
        ["jumlah_signature"] = checks.Count,
        ["notes"] = checks.Count == 0 ? "Dokumen tidak memiliki tanda tangan elektronik" : Notes(checks),
        ["summary"] = Conclusion(checks),
        ["details"] = checks.Select(c => new Dictionary<string, object?>
        {
            ["signature_field"] = c.FieldName,
            ["info_signer"] = new Dictionary<string, object?>
            {
                ["signer_name"] = CommonName(c.Result?.SigningCertificate),
                ["signer_dn"] = c.Result?.SigningCertificate?.Subject,
                ["issuer_dn"] = c.Result?.SigningCertificate?.Issuer,
                ["signer_cert_validity"] = c.Result?.SigningCertificate is { } cert ? $"{cert.NotBefore:yyyy-MM-dd} - {cert.NotAfter:yyyy-MM-dd}" : null,
                ["cert_user_certified"] = c.Trusted,
            },
            ["signature_document"] = new Dictionary<string, object?>
            {
                ["signed_in"] = c.Result?.SigningTime?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
                ["reason"] = c.Reason,
                ["location"] = c.Location,
                ["document_integrity"] = c.IntegrityValid,
                ["signed_using_tsa"] = c.Result?.TimestampTime is not null,
            },
            ["info_tsa"] = c.Result?.TimestampTime is null ? null : new Dictionary<string, object?> { ["name"] = "BSrE Timestamp Authority (TEST)", ["tsa_cert_validity"] = null },
        }).ToList(),
    };

    public static Dictionary<string, object?> V2(IReadOnlyList<PdfSignatureCheck> checks) => new()
    {
        ["conclusion"] = Conclusion(checks),
        ["description"] = checks.Count == 0 ? "Dokumen tidak memiliki tanda tangan elektronik" : Notes(checks),
        ["signatureCount"] = checks.Count,
        ["signatureInformations"] = checks.Select((c, i) => new Dictionary<string, object?>
        {
            ["id"] = c.Result?.Id ?? c.FieldName,
            ["fieldName"] = c.FieldName,
            ["signerName"] = CommonName(c.Result?.SigningCertificate),
            ["location"] = c.Location,
            ["reason"] = c.Reason,
            ["signatureFormat"] = c.Result?.Level?.Replace("CAdES", "PAdES", StringComparison.Ordinal),
            ["signatureDate"] = c.Result?.SigningTime?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["integrityValid"] = c.IntegrityValid,
            ["certificateTrusted"] = c.Trusted,
            ["ltv"] = c.Result?.Level?.EndsWith("LT", StringComparison.Ordinal) == true || c.Result?.Level?.EndsWith("LTA", StringComparison.Ordinal) == true,
            ["lastSignature"] = i == checks.Count - 1,
            ["certLevelCode"] = 0,
            ["digestAlgorithm"] = null,
            ["signatureAlgorithm"] = null,
            ["certificateDetails"] = (c.Result?.Chain ?? []).Select(info => Certificate(info.Certificate)).ToList(),
            ["timestampInfomation"] = c.Result?.TimestampTime is { } time
                ? new Dictionary<string, object?> { ["id"] = $"TS-{i + 1}", ["signerName"] = "BSrE Timestamp Authority (TEST)", ["timestampDate"] = time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) }
                : null,
        }).ToList(),
    };

    private static string Conclusion(IReadOnlyList<PdfSignatureCheck> checks) =>
        checks.Count == 0 ? "NO_SIGNATURE" : checks.All(c => c.Trusted && c.IntegrityValid) ? "VALID" : "INVALID";

    private static string Notes(IReadOnlyList<PdfSignatureCheck> checks) => checks.All(c => c.Trusted && c.IntegrityValid)
        ? "Dokumen valid, Sertifikat yang digunakan terpercaya"
        : string.Join("; ", checks.Select(c => c.Error ?? string.Join(", ", c.Result?.Errors ?? [])).Where(s => s.Length > 0).DefaultIfEmpty("Dokumen tidak valid"));

    private static Dictionary<string, object?> Certificate(X509Certificate2 certificate) => new()
    {
        ["id"] = certificate.Thumbprint,
        ["commonName"] = CommonName(certificate),
        ["issuerName"] = certificate.Issuer,
        ["serialNumber"] = new BigInteger(Convert.FromHexString(certificate.SerialNumber), isUnsigned: true, isBigEndian: true).ToString(CultureInfo.InvariantCulture),
        ["notBeforeDate"] = certificate.NotBefore.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        ["notAfterDate"] = certificate.NotAfter.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        ["keyUsages"] = certificate.Extensions.OfType<X509KeyUsageExtension>().Select(k => k.KeyUsages.ToString()).ToList(),
        ["signatureAlgoritm"] = certificate.SignatureAlgorithm.FriendlyName,
    };

    private static string? CommonName(X509Certificate2? certificate) => certificate?.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
}
