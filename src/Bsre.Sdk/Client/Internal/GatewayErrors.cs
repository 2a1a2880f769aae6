using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bsre.Sdk.Client.Internal;

/// <summary>
/// Turns a failed answer into a <see cref="BsreException"/>: reads the BSrE code (the number at the end of
/// <c>error</c>, else <c>status_code</c>), the message, and falls back on the HTTP status.
/// </summary>
internal static partial class GatewayErrors
{
    /// <summary>Returns whether a JSON answer reports an error, whatever its HTTP status.</summary>
    public static bool IsError(JsonElement root) => root.ValueKind == JsonValueKind.Object && (
        (root.TryGetProperty("error", out var error) && error.ValueKind is JsonValueKind.String or JsonValueKind.Object && !IsEmpty(error))
        || (root.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.False)
        || (root.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.False)
        || (JsonValues.Int(root, "status_code") is >= 400)
        || (root.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Number && status.TryGetInt32(out int s) && s >= 400));

    public static BsreException FromJson(ResponseContext context, JsonElement root)
    {
        string? message = JsonValues.String(root, "error") is { Length: > 0 } e && !IsGenericHttpText(e) ? e : JsonValues.String(root, "message") ?? JsonValues.String(root, "error");
        if (message is null && root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            message = JsonValues.String(error, "message");
        }

        string? code = message is null ? null : TrailingCode().Match(message) is { Success: true } m ? m.Groups[1].Value : null;
        code ??= JsonValues.Int(root, "status_code") is int sc and >= 1000 ? sc.ToString(CultureInfo.InvariantCulture) : JsonValues.String(root, "code");
        return Classify(context, code, message);
    }

    public static BsreException FromStatus(ResponseContext context, string? what) => context.Status switch
    {
        401 or 403 => Classify(context, null, null),
        404 => context.Fail(BsreErrorCode.NotFound, $"the gateway has no such document or resource at {context.ShownUrl} (check BsreClientOptions.BaseAddress)"),
        501 => context.Fail(BsreErrorCode.NotSupported, "the gateway does not implement this operation"),
        413 => TooLarge(context, null, what),
        429 or >= 500 => context.Fail(BsreErrorCode.ServiceUnavailable, "the gateway is unavailable; try again later", serviceMessage: what),
        _ => context.Fail(BsreErrorCode.InvalidResponse, "the gateway's answer is not what the API returns", serviceMessage: what),
    };

    private static BsreException Classify(ResponseContext context, string? code, string? message)
    {
        string text = message ?? string.Empty;
        if (code == "2031" || (text.Contains("passphrase", StringComparison.OrdinalIgnoreCase) && Refusal().IsMatch(text)))
        {
            return context.Fail(BsreErrorCode.InvalidPassphrase, "the passphrase is wrong", code, message);
        }

        if (code == "2011" || text.Contains("tidak terdaftar", StringComparison.OrdinalIgnoreCase) || text.Contains("not registered", StringComparison.OrdinalIgnoreCase))
        {
            return context.Fail(BsreErrorCode.UserNotRegistered, "the signer is not registered with BSrE on this gateway", code, message);
        }

        if (text.Contains("InvalidPdfException", StringComparison.Ordinal) || text.Contains("Rebuild failed", StringComparison.OrdinalIgnoreCase))
        {
            return context.Fail(BsreErrorCode.InvalidDocument, "the gateway's PDF library (iText 5) could not read the document: it is malformed, e.g. a broken cross-reference table from an HTML-to-PDF converter; repair or re-export it before signing", code, message);
        }

        if (text.Contains("otp", StringComparison.OrdinalIgnoreCase) && Refusal().IsMatch(text))
        {
            return context.Fail(BsreErrorCode.InvalidTotp, "the TOTP is wrong or expired; request a new one", code, message);
        }

        CertificateStatus? status = StatusWords.FindIn(text);
        if (status == CertificateStatus.NotRegistered)
        {
            return context.Fail(BsreErrorCode.UserNotRegistered, "the signer is not registered with BSrE on this gateway", code, message);
        }

        if (status is not null)
        {
            return context.Fail(BsreErrorCode.CertificateNotActive, $"the signer's certificate is not active (status {StatusWords.ToWord(status.Value)}); only ISSUE can sign", code, message, certificateStatus: status.Value);
        }

        return context.Status switch
        {
            401 or 403 => context.Fail(BsreErrorCode.Unauthorized, "the gateway refused the API credentials; check BsreClientOptions.Username and Password", code, message),
            404 => context.Fail(BsreErrorCode.NotFound, $"the gateway has no such document or resource at {context.ShownUrl} (check BsreClientOptions.BaseAddress)", code, message),
            501 => context.Fail(BsreErrorCode.NotSupported, "the gateway does not implement this operation", code, message),
            413 => TooLarge(context, code, message),
            429 or >= 500 => context.Fail(BsreErrorCode.ServiceUnavailable, "the gateway is unavailable; try again later", code, message),
            400 when code is null => context.Fail(BsreErrorCode.InvalidRequest, "the gateway rejected the request", code, message),
            _ => context.Fail(BsreErrorCode.Unknown, "the gateway refused the request", code, message),
        };
    }

    /// <summary>HTTP 413 (RFC 9110 §15.5.14): the same document will be refused again, so it is not transient.</summary>
    public static BsreException TooLarge(ResponseContext context, string? code, string? message) =>
        context.Fail(BsreErrorCode.DocumentTooLarge, "the gateway refused the document as too large; sending it again will not help (split or compress it)", code, message);

    private static bool IsEmpty(JsonElement element) => element.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(element.GetString());

    private static bool IsGenericHttpText(string text) => text is "Internal Server Error" or "Bad Request" or "Unauthorized" or "Not Found" or "Service Unavailable";

    [GeneratedRegex(@"\b(salah|wrong|invalid|incorrect|tidak (valid|sesuai|cocok)|expired|kadaluarsa|kedaluwarsa)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Refusal();

    [GeneratedRegex(@"(\d{4})\s*\)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCode();
}
