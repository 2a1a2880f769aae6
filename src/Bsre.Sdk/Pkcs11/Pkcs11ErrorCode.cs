namespace Bsre.Sdk.Pkcs11;

/// <summary>What went wrong with a PKCS#11 token, as told by <see cref="BsreSdkException{TErrorCode}.ErrorCode">Pkcs11SignerException.ErrorCode</see>.</summary>
public enum Pkcs11ErrorCode
{
    /// <summary>The PKCS#11 module (the vendor's <c>.so</c>/<c>.dll</c>) could not be found or loaded.</summary>
    ModuleNotFound = 1,

    /// <summary>No token with the given label or slot is present (or several are and none was named).</summary>
    TokenNotFound,

    /// <summary>No private key with the given label or CKA_ID is on the token.</summary>
    KeyNotFound,

    /// <summary>The token holds several private keys and none was named.</summary>
    KeyAmbiguous,

    /// <summary>No X.509 certificate with the key's CKA_ID is on the token.</summary>
    CertificateNotFound,

    /// <summary>The token refused the PIN (CKR_PIN_INCORRECT). The message says when few attempts are left.</summary>
    PinIncorrect,

    /// <summary>The user PIN is locked (CKR_PIN_LOCKED): the token's security officer must unlock it.</summary>
    PinLocked,

    /// <summary>The user PIN has expired and must be changed with the token's own tools (CKR_PIN_EXPIRED).</summary>
    PinExpired,

    /// <summary>The key or the token cannot make the requested signature scheme.</summary>
    MechanismNotSupported,

    /// <summary>The module or the token failed (removed during use, device error, session lost); the message names the PKCS#11 return value.</summary>
    TokenError,
}
