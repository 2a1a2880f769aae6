using Microsoft.AspNetCore.Http;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>The gateway's checks before signing: known user (2011), passphrase (2031) or TOTP, certificate status ISSUE.</summary>
internal static class SignerChecks
{
    public const string SignPurpose = "sign";

    public static IResult? Check(EmulatorState state, EmulatorUser? user, string? passphrase, string? totp)
    {
        if (user is null)
        {
            return GatewayResults.UserNotRegistered();
        }

        if (passphrase is null && totp is null)
        {
            return GatewayResults.Error(GatewayResults.SigningFailed + "passphrase atau totp wajib diisi");
        }

        if (passphrase is not null && !string.Equals(passphrase, user.Passphrase, StringComparison.Ordinal))
        {
            return GatewayResults.WrongPassphrase();
        }

        if (passphrase is null && !state.Totps.TryUse(SignPurpose, user.Nik ?? user.Email!, totp))
        {
            return GatewayResults.WrongTotp();
        }

        return string.Equals(user.Status, "ISSUE", StringComparison.OrdinalIgnoreCase) ? null : GatewayResults.NotActive(user.Status.ToUpperInvariant());
    }
}
