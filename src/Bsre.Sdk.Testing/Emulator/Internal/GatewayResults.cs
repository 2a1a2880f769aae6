using Microsoft.AspNetCore.Http;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>The gateway's answer shapes: v1/v2 errors <c>{"error", "status_code"}</c>, seal errors <c>{"success": false, "message"}</c>.</summary>
internal static class GatewayResults
{
    public const string SigningFailed = "Proses signing gagal : ";

    public static IResult Error(string message, int status = StatusCodes.Status400BadRequest) =>
        EmulatorJson.Result(new Dictionary<string, object?> { ["error"] = message, ["status_code"] = status }, statusCode: status);

    /// <summary>
    /// A refusal with a BSrE code: a 2026 gateway puts the code in <c>status_code</c> beside the bare message, an older one
    /// appends it to the message and sends <c>status_code: 400</c>.
    /// </summary>
    public static IResult Coded(GatewayGeneration generation, string message, int code) => generation == GatewayGeneration.Legacy
        ? Error($"{SigningFailed}{message} {code}")
        : EmulatorJson.Result(new Dictionary<string, object?> { ["error"] = message, ["status_code"] = code }, statusCode: StatusCodes.Status400BadRequest);

    public static IResult UserNotRegistered(GatewayGeneration generation) => Coded(generation, "User tidak terdaftar", 2011);

    public static IResult WrongPassphrase(GatewayGeneration generation) => Coded(generation, "Passphrase anda salah", 2031);

    public static IResult AnchorTooLong() => Error(SigningFailed + "tag_koordinat maksimal 1 karakter");

    /// <summary>What iText 5 (the gateway's PDF library) answers for a PDF whose structure it cannot rebuild.</summary>
    public static IResult Unreadable(string detail) => Error(SigningFailed + "com.itextpdf.text.exceptions.InvalidPdfException: Rebuild failed: " + detail);

    public static IResult WrongTotp() => Error(SigningFailed + "TOTP tidak valid atau kadaluarsa");

    public static IResult NotActive(string status) => Error(SigningFailed + $"Sertifikat tidak aktif, status {status}");

    public static IResult SealError(string message) =>
        EmulatorJson.Result(new Dictionary<string, object?> { ["success"] = false, ["message"] = message }, statusCode: StatusCodes.Status400BadRequest);
}
