using System.Security.Cryptography;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Csc.Internal;

/// <summary>Reads the answer of <c>credentials/info</c> (CSC API v2.0 §11.5) into a <see cref="CscCredential"/>.</summary>
internal static class CscCredentialReader
{
    public static CscCredential Read(string id, CscCredentialResponse info, string operation)
    {
        if (info.Cert?.Certificates is not { Length: > 0 } encoded)
        {
            throw CscErrors.InvalidResponse(operation, "no certificate (cert/certificates)");
        }

        System.Security.Cryptography.X509Certificates.X509Certificate2[] certificates;
        try
        {
            certificates = [.. encoded.Select(c => Bsre.Sdk.Internal.Certificates.Load(Convert.FromBase64String(c)))];
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            throw CscErrors.InvalidResponse(operation, "a certificate is not Base64 DER", e);
        }

        CscKeyBody key = info.Key ?? throw CscErrors.InvalidResponse(operation, "no key");
        return new CscCredential(
            id,
            info.Description,
            new SignerCertificates(certificates[0], certificates[1..]),
            new CscCredentialKey(key.Algorithms ?? [], key.Length ?? 0, !string.Equals(key.Status, "disabled", StringComparison.OrdinalIgnoreCase)),
            info.Cert.Status ?? "valid",
            info.Auth?.Mode ?? "explicit",
            [.. (info.Auth?.Objects ?? []).Select(o => o.Id).OfType<string>()],
            info.Scal == "2" ? 2 : 1,
            Math.Max(1, info.Multisign ?? 1));
    }
}
