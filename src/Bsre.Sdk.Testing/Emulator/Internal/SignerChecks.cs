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
            return GatewayResults.UserNotRegistered(state.Generation);
        }

        if (passphrase is null && totp is null)
        {
            return GatewayResults.Error(GatewayResults.SigningFailed + "passphrase atau totp wajib diisi");
        }

        if (passphrase is not null && !string.Equals(passphrase, user.Passphrase, StringComparison.Ordinal))
        {
            return GatewayResults.WrongPassphrase(state.Generation);
        }

        if (passphrase is null && !state.Totps.TryUse(SignPurpose, user.Nik ?? user.Email!, totp))
        {
            return GatewayResults.WrongTotp();
        }

        return string.Equals(user.Status, "ISSUE", StringComparison.OrdinalIgnoreCase) ? null : GatewayResults.NotActive(user.Status.ToUpperInvariant());
    }

    /// <summary>Gateways upgraded in 2025 take a <c>tag_koordinat</c> of one character only.</summary>
    public static IResult? Anchor(EmulatorState state, string? anchor) =>
        state.Generation == GatewayGeneration.Gateway2026 && anchor is { Length: > 1 } ? GatewayResults.AnchorTooLong() : null;
}
