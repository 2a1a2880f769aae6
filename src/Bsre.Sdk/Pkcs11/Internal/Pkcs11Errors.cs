namespace Bsre.Sdk.Pkcs11.Internal;

/// <summary>Turns PKCS#11 return values (PKCS#11 v2.40 §5.1) into <see cref="Pkcs11SignerException"/>s that name what to do.</summary>
internal static class Pkcs11Errors
{
    /// <summary>Return values after which a session cannot be used again.</summary>
    public static bool BreaksSession(CKR rv) => rv is CKR.CKR_SESSION_HANDLE_INVALID or CKR.CKR_SESSION_CLOSED
        or CKR.CKR_DEVICE_REMOVED or CKR.CKR_DEVICE_ERROR or CKR.CKR_TOKEN_NOT_PRESENT or CKR.CKR_OPERATION_ACTIVE;

    public static Pkcs11SignerException Login(Pkcs11CallException e, string token, bool finalTry, bool countLow) => e.RV switch
    {
        CKR.CKR_PIN_INCORRECT or CKR.CKR_PIN_INVALID or CKR.CKR_PIN_LEN_RANGE => new Pkcs11SignerException(
            Pkcs11ErrorCode.PinIncorrect,
            $"The token '{token}' refused the PIN." + (finalTry ? " One more wrong PIN locks it." : countLow ? " Few attempts are left before it locks." : string.Empty),
            e),
        CKR.CKR_PIN_LOCKED => new Pkcs11SignerException(Pkcs11ErrorCode.PinLocked, $"The user PIN of token '{token}' is locked; its security officer must unlock it.", e),
        CKR.CKR_PIN_EXPIRED => new Pkcs11SignerException(Pkcs11ErrorCode.PinExpired, $"The user PIN of token '{token}' has expired; change it with the token's own tool.", e),
        _ => Operation(e, token, "log in"),
    };

    public static Pkcs11SignerException Operation(Pkcs11CallException e, string token, string what) => e.RV switch
    {
        CKR.CKR_MECHANISM_INVALID or CKR.CKR_MECHANISM_PARAM_INVALID or CKR.CKR_KEY_TYPE_INCONSISTENT or CKR.CKR_KEY_FUNCTION_NOT_PERMITTED =>
            new Pkcs11SignerException(Pkcs11ErrorCode.MechanismNotSupported, $"The token '{token}' cannot {what} with this key ({Pkcs11CallException.Name(e.RV)}).", e),
        CKR.CKR_PIN_INCORRECT or CKR.CKR_PIN_LOCKED or CKR.CKR_PIN_EXPIRED => Login(e, token, finalTry: false, countLow: false),
        CKR.CKR_USER_NOT_LOGGED_IN => new Pkcs11SignerException(Pkcs11ErrorCode.TokenError, $"The token '{token}' logged out (was it removed and put back?); open the signer again.", e),
        _ => new Pkcs11SignerException(Pkcs11ErrorCode.TokenError, $"The token '{token}' failed to {what} ({Pkcs11CallException.Name(e.RV)}).", e),
    };
}
