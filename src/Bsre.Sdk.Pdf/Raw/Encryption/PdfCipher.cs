using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;

namespace Bsre.Sdk.Pdf.Raw.Encryption;

/// <summary>
/// Encrypts and decrypts string and stream data with a crypt filter's cipher: RC4 (BouncyCastle, not in .NET)
/// or AES-CBC with a 16-byte IV in front and PKCS#5 padding (ISO 32000-2 §7.6.3).
/// </summary>
internal static class PdfCipher
{
    private const int BlockSize = 16;

    public static byte[] Decrypt(CryptMethod method, byte[] key, byte[] data) => method switch
    {
        CryptMethod.None => data,
        CryptMethod.Rc4 => Rc4(key, data),
        _ => AesDecrypt(key, data),
    };

    public static byte[] Encrypt(CryptMethod method, byte[] key, byte[] data) => method switch
    {
        CryptMethod.None => data,
        CryptMethod.Rc4 => Rc4(key, data),
        _ => AesEncrypt(key, data),
    };

    /// <summary>RC4 is symmetric: the same call encrypts and decrypts.</summary>
    public static byte[] Rc4(byte[] key, ReadOnlySpan<byte> data)
    {
        var engine = new RC4Engine();
        engine.Init(true, new KeyParameter(key));
        byte[] output = new byte[data.Length];
        engine.ProcessBytes(data, output);
        return output;
    }

    /// <summary>AES-CBC without padding and with a zero IV, as the R5/R6 key algorithms use it.</summary>
    public static byte[] AesNoPadding(byte[] key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> data, bool encrypt)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        return encrypt ? aes.EncryptCbc(data, iv, PaddingMode.None) : aes.DecryptCbc(data, iv, PaddingMode.None);
    }

    private static byte[] AesDecrypt(byte[] key, byte[] data)
    {
        if (data.Length <= BlockSize)
        {
            return []; // at most an IV: an empty value (tolerated, as pyHanko and qpdf do)
        }

        if (data.Length % BlockSize != 0)
        {
            throw PdfFormat.Error($"an AES-encrypted string or stream is {data.Length} bytes, not an IV and whole blocks");
        }

        using var aes = Aes.Create();
        aes.Key = key;
        try
        {
            return aes.DecryptCbc(data.AsSpan(BlockSize), data.AsSpan(0, BlockSize), PaddingMode.PKCS7);
        }
        catch (CryptographicException e)
        {
            throw new DocumentFormatException("The file is not a readable PDF: an AES-encrypted string or stream has bad padding (wrong key or corrupt data).", e);
        }
    }

    private static byte[] AesEncrypt(byte[] key, byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        byte[] iv = RandomNumberGenerator.GetBytes(BlockSize);
        return [.. iv, .. aes.EncryptCbc(data, iv, PaddingMode.PKCS7)];
    }
}
