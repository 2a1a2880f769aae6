namespace Bsre.Sdk.Pkcs11.Internal;

/// <summary>A PKCS#11 function returned something other than CKR_OK; <see cref="Pkcs11Errors"/> turns it into a <see cref="Pkcs11SignerException"/>.</summary>
internal sealed class Pkcs11CallException(string function, CKR rv)
    : Exception($"{function} returned {Pkcs11CallException.Name(rv)}.")
{
    public CKR RV { get; } = rv;

    /// <summary>The return value's name in the specification, or its number for one the signer does not name.</summary>
    public static string Name(CKR rv) => Enum.IsDefined(rv) ? rv.ToString() : $"CK_RV 0x{(ulong)rv:X}";
}
