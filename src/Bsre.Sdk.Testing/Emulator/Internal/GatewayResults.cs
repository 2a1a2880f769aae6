using Microsoft.AspNetCore.Http;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>The gateway's answer shapes: v1/v2 errors <c>{"error", "status_code"}</c>, seal errors <c>{"success": false, "message"}</c>.</summary>
internal static class GatewayResults
{
    public const string SigningFailed = "Proses signing gagal : ";

    public static IResult Error(string message, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new Dictionary<string, object> { ["error"] = message, ["status_code"] = status }, statusCode: status);

    public static IResult UserNotRegistered() => Error(SigningFailed + "User tidak terdaftar 2011");

    public static IResult WrongPassphrase() => Error(SigningFailed + "Passphrase anda salah 2031");

    public static IResult WrongTotp() => Error(SigningFailed + "TOTP tidak valid atau kadaluarsa");

    public static IResult NotActive(string status) => Error(SigningFailed + $"Sertifikat tidak aktif, status {status}");

    public static IResult SealError(string message) =>
        Results.Json(new Dictionary<string, object> { ["success"] = false, ["message"] = message }, statusCode: StatusCodes.Status400BadRequest);
}
