using System.Text.Json;
using Bsre.Sdk.Testing.Emulator.Internal;
using Microsoft.AspNetCore.Http;

namespace Bsre.Sdk.Testing.Emulator.Csc;

/// <summary>
/// <c>credentials/authorize</c> (CSC API v2.0 §11.6: PIN and OTP checked, the SAD bound to <c>numSignatures</c> and the
/// hashes, SCAL 2) and <c>signatures/signHash</c> (§11.10: each authorized hash signed once, the SAD spent when all are).
/// </summary>
internal static class CscSigning
{
    public static IResult Authorize(JsonElement body, CscEmulatorService csc)
    {
        csc.CountAuthorize();
        if (CscEndpoints.Find(body, csc, out var credential) is { } refused)
        {
            return refused;
        }

        if (credential!.Revoked)
        {
            return CscResults.InvalidRequest("Signing certificate is revoked");
        }

        string[] hashes = Strings(body, "hashes");
        return JsonBody.Number(body, "numSignatures") is not double count || count < 1 || count != Math.Floor(count) ? CscResults.InvalidRequest("Missing (or invalid type) integer parameter numSignatures")
            : count > BsreEmulator.CscMultisign ? CscResults.InvalidRequest("Numbers of signatures is too high")
            : hashes.Length != (int)count ? CscResults.InvalidRequest("Invalid parameter hashes: SCAL 2 binds one hash to each of numSignatures")
            : !hashes.All(IsBase64) ? CscResults.InvalidRequest("Invalid Base64 hash string parameter")
            : CscOids.Hash(JsonBody.Text(body, "hashAlgorithmOID")) is null ? CscResults.InvalidRequest("Missing (or invalid type) string parameter hashAlgorithmOID")
            : AuthData(body, "PIN") != csc.Options.CscPin ? CscResults.Error("invalid_authentication_data", "The PIN is invalid")
            : !csc.Otps.TryUse(CscEmulatorService.OtpPurpose, credential.Id, AuthData(body, "OTP")) ? CscResults.Error("invalid_authentication_data", "The OTP is invalid")
            : Activate(csc, credential, hashes, JsonBody.Text(body, "hashAlgorithmOID")!);
    }

    public static IResult SignHash(JsonElement body, CscEmulatorService csc)
    {
        csc.CountSignHash();
        if (CscEndpoints.Find(body, csc, out var credential) is { } refused)
        {
            return refused;
        }

        string[] hashes = Strings(body, "hashes");
        string? signAlgorithm = JsonBody.Text(body, "signAlgo");
        if (JsonBody.Text(body, "SAD") is not { } sad || !csc.Activations.TryGetValue(sad, out var activation) || activation.CredentialId != credential!.Id)
        {
            return CscResults.InvalidRequest("Invalid parameter SAD");
        }

        if (activation.Expires <= csc.Time.GetUtcNow())
        {
            csc.Activations.TryRemove(sad, out _);
            return CscResults.InvalidRequest("SAD expired");
        }

        if (hashes.Length == 0 || signAlgorithm is null)
        {
            return CscResults.InvalidRequest(hashes.Length == 0 ? "Empty hash array" : "Missing (or invalid type) string parameter signAlgo");
        }

        lock (activation)
        {
            if (!hashes.All(activation.Hashes.Contains) || hashes.Distinct().Count() != hashes.Length)
            {
                return CscResults.InvalidRequest("Hash is not authorized by the SAD");
            }

            var signatures = new string[hashes.Length];
            for (int i = 0; i < hashes.Length; i++)
            {
                byte[]? value = credential.Sign(Convert.FromBase64String(hashes[i]), signAlgorithm, CscOids.Hash(JsonBody.Text(body, "hashAlgorithmOID") ?? activation.HashAlgorithmOid));
                if (value is null)
                {
                    return CscResults.InvalidRequest("Invalid parameter signAlgo");
                }

                signatures[i] = Convert.ToBase64String(value);
            }

            activation.Hashes.ExceptWith(hashes);
            if (activation.Hashes.Count == 0)
            {
                csc.Activations.TryRemove(sad, out _); // §11.9: the SAD is spent once all its signatures are made
            }

            return Results.Json(new CscSignaturesAnswer(signatures), CscEmulatorJson.Default.CscSignaturesAnswer);
        }
    }

    private static IResult Activate(CscEmulatorService csc, CscEmulatorCredential credential, string[] hashes, string hashAlgorithmOid)
    {
        string sad = CscEmulatorService.NewSecret();
        csc.Activations[sad] = new CscEmulatorService.Activation(credential.Id, [.. hashes], hashAlgorithmOid, csc.Time.GetUtcNow() + CscEmulatorService.SadLifetime);
        return Results.Json(new CscSadAnswer(sad, (int)CscEmulatorService.SadLifetime.TotalSeconds), CscEmulatorJson.Default.CscSadAnswer);
    }

    private static bool IsBase64(string text) => Convert.TryFromBase64String(text, new byte[text.Length], out _);

    private static string[] Strings(JsonElement body, string name) =>
        body.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    private static string? AuthData(JsonElement body, string id) =>
        body.TryGetProperty("authData", out JsonElement array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(o => JsonBody.Text(o, "id") == id).Select(o => JsonBody.Text(o, "value")).FirstOrDefault()
            : null;
}
