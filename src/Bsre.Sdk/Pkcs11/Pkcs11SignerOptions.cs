using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Pkcs11;

/// <summary>Where a <see cref="Pkcs11Signer"/> finds its key: the module, the token and the key on it.</summary>
public sealed class Pkcs11SignerOptions
{
    /// <summary>
    /// Gets or sets the PKCS#11 module: a path, or a library name the loader searches (e.g.
    /// <c>/usr/lib/softhsm/libsofthsm2.so</c>, the token vendor's <c>.so</c> or <c>.dll</c>). Required.
    /// </summary>
    public string? ModulePath { get; set; }

    /// <summary>Gets or sets the label of the token (CK_TOKEN_INFO.label). Give this or <see cref="SlotId"/>.</summary>
    public string? TokenLabel { get; set; }

    /// <summary>Gets or sets the slot holding the token, when it is not found by <see cref="TokenLabel"/>.</summary>
    public ulong? SlotId { get; set; }

    /// <summary>
    /// Gets or sets the label (CKA_LABEL) of the private key. Without it and without <see cref="KeyId"/>, the token's only
    /// private key is used; a token with several needs one of them.
    /// </summary>
    public string? KeyLabel { get; set; }

    /// <summary>Gets or sets the CKA_ID of the private key (the certificate is found by the same CKA_ID); empty for none.</summary>
    public ReadOnlyMemory<byte> KeyId { get; set; }

    /// <summary>
    /// Gets or sets how many signatures the token makes at once, each in its own session. 0 (the default) takes the
    /// processor count, bounded by the token's own session limit; set 1 for tokens that serialise anyway (most USB tokens).
    /// </summary>
    public int MaxConcurrency { get; set; }

    /// <summary>Gets CA certificates to embed besides those found on the token, nearest issuer first.</summary>
    public IList<X509Certificate2> Chain { get; } = [];
}
