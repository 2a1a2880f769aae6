using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace Bsre.Sdk.Client.Internal;

/// <summary>Maps the status, message, seal TOTP and certificate-chain answers to typed results.</summary>
internal static class ResultParsers
{
    public static UserStatusResult UserStatus(ResponseContext context, JsonElement root)
    {
        string? raw = JsonValues.String(root, "status") ?? JsonValues.String(root, "userStatus")
            ?? (JsonValues.Property(root, "data") is { } data ? (data.ValueKind == JsonValueKind.String ? data.GetString() : JsonValues.String(data, "status")) : null);
        return raw is null
            ? throw context.Fail(BsreErrorCode.InvalidResponse, "the gateway's answer has no user status")
            : new UserStatusResult { Status = StatusWords.Parse(raw), RawStatus = raw };
    }

    public static GatewayMessage Message(JsonElement root) => new()
    {
        Message = JsonValues.String(root, "message")
            ?? (JsonValues.Property(root, "data") is { ValueKind: JsonValueKind.Object } data ? JsonValues.String(data, "message") : null),
    };

    public static SealTotp SealTotp(ResponseContext context, JsonElement root)
    {
        JsonElement source = JsonValues.Property(root, "data") is { ValueKind: JsonValueKind.Object } data ? data : root;
        string totp = JsonValues.String(source, "totp") ?? throw context.Fail(BsreErrorCode.InvalidResponse, "the gateway's answer has no TOTP");
        return new SealTotp { Totp = totp, ExpiresAt = GatewayTime.Parse(JsonValues.String(source, "expires")), Message = JsonValues.String(source, "message") };
    }

    /// <summary>Collects every string in the answer that is a PEM or base64 DER certificate, in order.</summary>
    public static IReadOnlyList<X509Certificate2> CertificateChain(ResponseContext context, JsonElement root)
    {
        var certificates = new List<X509Certificate2>();
        Collect(root, certificates);
        return certificates.Count > 0 ? certificates : throw context.Fail(BsreErrorCode.InvalidResponse, "the gateway's answer holds no certificate");
    }

    private static void Collect(JsonElement element, List<X509Certificate2> certificates)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    Collect(property.Value, certificates);
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Collect(item, certificates);
                }

                break;
            case JsonValueKind.String when TryLoad(element.GetString()!) is { } certificate:
                certificates.Add(certificate);
                break;
        }
    }

    private static X509Certificate2? TryLoad(string text)
    {
        try
        {
            if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
            {
                return X509Certificate2.CreateFromPem(text);
            }

            if (text.Length < 200 || !text.StartsWith("MII", StringComparison.Ordinal))
            {
                return null;
            }

#if NET9_0_OR_GREATER
            return X509CertificateLoader.LoadCertificate(Convert.FromBase64String(text));
#else
            return new X509Certificate2(Convert.FromBase64String(text));
#endif
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
