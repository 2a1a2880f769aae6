namespace Bsre.Sdk.Pkcs11.Internal;

#pragma warning disable CA1707, CA1712 // The names are the specification's (PKCS#11 v2.40 §2-3 and Current Mechanisms, v3.0 for EdDSA).

/// <summary>Return values (CK_RV) that the signer tells apart.</summary>
internal enum CKR : ulong
{
    CKR_OK = 0x0,
    CKR_HOST_MEMORY = 0x2,
    CKR_SLOT_ID_INVALID = 0x3,
    CKR_GENERAL_ERROR = 0x5,
    CKR_FUNCTION_FAILED = 0x6,
    CKR_ARGUMENTS_BAD = 0x7,
    CKR_ATTRIBUTE_SENSITIVE = 0x11,
    CKR_ATTRIBUTE_TYPE_INVALID = 0x12,
    CKR_DEVICE_ERROR = 0x30,
    CKR_DEVICE_MEMORY = 0x31,
    CKR_DEVICE_REMOVED = 0x32,
    CKR_KEY_TYPE_INCONSISTENT = 0x63,
    CKR_KEY_FUNCTION_NOT_PERMITTED = 0x68,
    CKR_MECHANISM_INVALID = 0x70,
    CKR_MECHANISM_PARAM_INVALID = 0x71,
    CKR_OPERATION_ACTIVE = 0x90,
    CKR_PIN_INCORRECT = 0xA0,
    CKR_PIN_INVALID = 0xA1,
    CKR_PIN_LEN_RANGE = 0xA2,
    CKR_PIN_EXPIRED = 0xA3,
    CKR_PIN_LOCKED = 0xA4,
    CKR_SESSION_CLOSED = 0xB0,
    CKR_SESSION_HANDLE_INVALID = 0xB3,
    CKR_TOKEN_NOT_PRESENT = 0xE0,
    CKR_USER_ALREADY_LOGGED_IN = 0x100,
    CKR_USER_NOT_LOGGED_IN = 0x101,
    CKR_BUFFER_TOO_SMALL = 0x150,
    CKR_CRYPTOKI_ALREADY_INITIALIZED = 0x191,
}

/// <summary>Attribute types (CK_ATTRIBUTE_TYPE) the signer reads or searches by.</summary>
internal enum CKA : ulong
{
    CKA_CLASS = 0x0,
    CKA_LABEL = 0x3,
    CKA_VALUE = 0x11,
    CKA_CERTIFICATE_TYPE = 0x80,
    CKA_KEY_TYPE = 0x100,
    CKA_ID = 0x102,
    CKA_SIGN = 0x108,
    CKA_ALWAYS_AUTHENTICATE = 0x202,
}

/// <summary>Object classes (CK_OBJECT_CLASS).</summary>
internal enum CKO : ulong
{
    CKO_CERTIFICATE = 0x1,
    CKO_PRIVATE_KEY = 0x3,
}

/// <summary>Certificate types (CK_CERTIFICATE_TYPE).</summary>
internal enum CKC : ulong
{
    CKC_X_509 = 0x0,
}

/// <summary>User types (CK_USER_TYPE).</summary>
internal enum CKU : ulong
{
    CKU_USER = 0x1,
    CKU_CONTEXT_SPECIFIC = 0x2,
}

/// <summary>Key types (CK_KEY_TYPE); CKK_EC_EDWARDS is PKCS#11 v3.0 §2.3.5.</summary>
internal enum CKK : ulong
{
    CKK_RSA = 0x0,
    CKK_EC = 0x3,
    CKK_EC_EDWARDS = 0x40,
}

/// <summary>Mechanisms (CK_MECHANISM_TYPE) the signer uses; CKM_EDDSA is PKCS#11 v3.0 §2.3.14.</summary>
internal enum CKM : ulong
{
    CKM_RSA_PKCS = 0x1,
    CKM_RSA_PKCS_PSS = 0xD,
    CKM_SHA256_RSA_PKCS = 0x40,
    CKM_SHA384_RSA_PKCS = 0x41,
    CKM_SHA512_RSA_PKCS = 0x42,
    CKM_SHA256_RSA_PKCS_PSS = 0x43,
    CKM_SHA384_RSA_PKCS_PSS = 0x44,
    CKM_SHA512_RSA_PKCS_PSS = 0x45,
    CKM_SHA256 = 0x250,
    CKM_SHA384 = 0x260,
    CKM_SHA512 = 0x270,
    CKM_ECDSA = 0x1041,
    CKM_ECDSA_SHA256 = 0x1044,
    CKM_ECDSA_SHA384 = 0x1045,
    CKM_ECDSA_SHA512 = 0x1046,
    CKM_EDDSA = 0x1057,
}

/// <summary>Mask generation functions (CK_RSA_PKCS_MGF_TYPE).</summary>
internal enum CKG : ulong
{
    CKG_MGF1_SHA256 = 0x2,
    CKG_MGF1_SHA384 = 0x3,
    CKG_MGF1_SHA512 = 0x4,
}

/// <summary>Flags of CK_C_INITIALIZE_ARGS, C_OpenSession and CK_TOKEN_INFO.</summary>
[Flags]
internal enum CKF : ulong
{
    CKF_OS_LOCKING_OK = 0x2,
    CKF_SERIAL_SESSION = 0x4,
    CKF_TOKEN_INITIALIZED = 0x400,
    CKF_USER_PIN_COUNT_LOW = 0x10000,
    CKF_USER_PIN_FINAL_TRY = 0x20000,
}
