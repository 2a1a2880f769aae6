using System.Text.Json;

namespace Bsre.Sdk.Validation;

/// <summary>Writes a <see cref="ValidationReport"/> in the JSON shape of the CLI contract.</summary>
internal static class ValidationReportJson
{
    public static void Write(ValidationReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        WriteReport(json, report);
    }

    /// <summary>Writes the report, then flushes it asynchronously: ASP.NET Core response streams refuse synchronous writes.</summary>
    public static async Task WriteAsync(ValidationReport report, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        WriteReport(json, report);
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteReport(Utf8JsonWriter json, ValidationReport report)
    {
        json.WriteStartObject();
        json.WriteString("file", report.FileName);
        json.WriteString("indication", report.Indication is { } indication ? indication.ToEtsiName() : "NO_SIGNATURE");
        json.WriteStartArray("signatures");
        foreach (var signature in report.Signatures)
        {
            WriteSignature(json, signature);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSignature(Utf8JsonWriter json, SignatureValidationResult signature)
    {
        json.WriteStartObject();
        json.WriteString("id", signature.Id);
        json.WriteString("kind", signature.Kind == SignatureKind.DocumentTimestamp ? "document-timestamp" : "signature");
        json.WriteString("indication", signature.Indication.ToEtsiName());
        json.WriteString("subIndication", signature.SubIndication is { } sub ? sub.ToEtsiName() : null);
        json.WriteString("level", signature.Level);
        json.WriteString("signer", signature.SigningCertificate?.Subject);
        WriteTime(json, "signingTime", signature.SigningTime);
        WriteTime(json, "timestampTime", signature.TimestampTime);
        if (signature.CoversWholeDocument is { } covers)
        {
            json.WriteBoolean("coversWholeDocument", covers);
        }

        if (signature.Modifications is { } modifications)
        {
            json.WriteString("modifications", modifications);
        }

        if (signature.SignedRevision is { } signedRevision)
        {
            json.WriteNumber("signedRevision", signedRevision);
        }

        if (signature.LaterRevisions is { } later)
        {
            WriteRevisions(json, later);
        }

        json.WriteStartArray("chain");
        foreach (var certificate in signature.Chain)
        {
            WriteCertificate(json, certificate);
        }

        json.WriteEndArray();
        WriteStrings(json, "errors", signature.Errors);
        WriteStrings(json, "warnings", signature.Warnings);
        WriteTimestamps(json, signature.Timestamps);
        WriteFindings(json, signature.Findings);
        json.WriteEndObject();
    }

    private static void WriteTimestamps(Utf8JsonWriter json, IReadOnlyList<TimestampValidationResult> timestamps)
    {
        json.WriteStartArray("timestamps");
        foreach (TimestampValidationResult timestamp in timestamps)
        {
            json.WriteStartObject();
            json.WriteString("kind", ResultWords.ToWord(timestamp.Kind));
            WriteTime(json, "time", timestamp.Time);
            json.WriteString("tsa", timestamp.Tsa);
            json.WriteString("indication", timestamp.Indication.ToEtsiName());
            json.WriteString("subIndication", timestamp.SubIndication is { } sub ? sub.ToEtsiName() : null);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteFindings(Utf8JsonWriter json, IReadOnlyList<ValidationFinding> findings)
    {
        json.WriteStartArray("findings");
        foreach (ValidationFinding finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("code", finding.Code);
            json.WriteString("severity", ResultWords.ToWord(finding.Severity));
            json.WriteString("message", finding.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteRevisions(Utf8JsonWriter json, IReadOnlyList<RevisionModification> revisions)
    {
        json.WriteStartArray("laterRevisions");
        foreach (RevisionModification revision in revisions)
        {
            json.WriteStartObject();
            json.WriteNumber("revision", revision.Revision);
            json.WriteString("modifications", revision.Modifications);
            json.WriteBoolean("allowed", revision.Allowed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCertificate(Utf8JsonWriter json, CertificateInfo certificate)
    {
        json.WriteStartObject();
        json.WriteString("subject", certificate.Subject);
        json.WriteString("issuer", certificate.Issuer);
        json.WriteString("serial", certificate.SerialNumber.ToLowerInvariant());
        WriteTime(json, "notBefore", new DateTimeOffset(certificate.Certificate.NotBefore.ToUniversalTime()));
        WriteTime(json, "notAfter", new DateTimeOffset(certificate.Certificate.NotAfter.ToUniversalTime()));
        RevocationInfo revocation = certificate.Revocation;
        json.WriteStartObject("revocation");
        json.WriteString("status", revocation.Status.ToString().ToLowerInvariant());
        json.WriteString("source", revocation.Source switch
        {
            RevocationSource.Ocsp => "ocsp",
            RevocationSource.Crl => "crl",
            RevocationSource.EmbeddedOcsp => "embedded-ocsp",
            RevocationSource.EmbeddedCrl => "embedded-crl",
            _ => "none",
        });
        WriteTime(json, "revokedAt", revocation.RevokedAt);
        if (revocation.Reason is not null)
        {
            json.WriteString("reason", revocation.Reason);
        }

        WriteTime(json, "producedAt", revocation.ProducedAt);
        WriteTime(json, "thisUpdate", revocation.ThisUpdate);
        WriteTime(json, "nextUpdate", revocation.NextUpdate);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            json.WriteString(name, value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
