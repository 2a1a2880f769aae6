using Bsre.Sdk.Cli.Infrastructure;
using Bsre.Sdk.Pkcs11;
using Bsre.Sdk.Pkcs11.Internal;

namespace Bsre.Sdk.Tests.Pkcs11;

/// <summary>
/// A locked user PIN (CKR_PIN_LOCKED) is <see cref="Pkcs11ErrorCode.PinLocked"/> and the CLI's exit 77. Debian's SoftHSM2
/// 2.6.1 never locks a PIN (its C_Login has no retry counter), so the token's answer is given here directly.
/// </summary>
public sealed class LockedPinTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void CKR_PIN_LOCKED_is_PinLocked_at_login_and_when_signing(bool atLogin)
    {
        var locked = new Pkcs11CallException(atLogin ? "C_Login" : "C_Sign", CKR.CKR_PIN_LOCKED);

        Pkcs11SignerException error = atLogin ? Pkcs11Errors.Login(locked, "bsre-token", finalTry: false, countLow: false) : Pkcs11Errors.Operation(locked, "bsre-token", "sign");

        Assert.Equal(Pkcs11ErrorCode.PinLocked, error.ErrorCode);
        Assert.Contains("is locked", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_locked_PIN_exits_77_with_the_advice_to_check_the_PIN_source()
    {
        var locked = Pkcs11Errors.Login(new Pkcs11CallException("C_Login", CKR.CKR_PIN_LOCKED), "bsre-token", finalTry: false, countLow: false);

        (int exitCode, string message) = ErrorMapper.Map(locked);

        Assert.Equal(77, exitCode);
        Assert.Contains("'bsre-token' is locked", message, StringComparison.Ordinal);
    }
}
