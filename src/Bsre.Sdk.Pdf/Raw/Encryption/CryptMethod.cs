namespace Bsre.Sdk.Pdf.Raw.Encryption;

/// <summary>The cipher a crypt filter names (/CFM): none (Identity), RC4 (V2), AES-128 (AESV2) or AES-256 (AESV3).</summary>
internal enum CryptMethod
{
    None,
    Rc4,
    Aes128,
    Aes256,
}
