using System.Security.Cryptography;

namespace Bsre.Sdk.Pdf.Raw.Encryption;

/// <summary>The file key and password checks of revisions 2–4 (ISO 32000-1 §7.6.3.3–7.6.3.4, Algorithms 1, 2, 6 and 7).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "ISO 32000 defines the R2–R4 keys with MD5; reading and extending such files needs it.")]
internal static class Rc4KeyAlgorithm
{
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    /// <summary>Algorithm 6: the file key if <paramref name="password"/> is the user password, else <see langword="null"/>.</summary>
    public static byte[]? AuthenticateUser(EncryptionDictionary encryption, byte[] firstId, ReadOnlySpan<byte> password)
    {
        byte[] key = FileKey(encryption, firstId, password);
        byte[] expected = encryption.U;
        if (encryption.R == 2)
        {
            return CryptographicOperations.FixedTimeEquals(PdfCipher.Rc4(key, Padding), expected) ? key : null;
        }

        byte[] value = Iterate(key, MD5.HashData([.. Padding, .. firstId]), 0, 19);
        return CryptographicOperations.FixedTimeEquals(value, expected.AsSpan(0, 16)) ? key : null;
    }

    /// <summary>Algorithm 7: the file key if <paramref name="password"/> is the owner password, else <see langword="null"/>.</summary>
    public static byte[]? AuthenticateOwner(EncryptionDictionary encryption, byte[] firstId, ReadOnlySpan<byte> password)
    {
        byte[] hash = MD5.HashData(Pad(password));
        if (encryption.R >= 3)
        {
            for (int i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, encryption.KeyLength));
            }
        }

        byte[] key = hash[..encryption.KeyLength];
        byte[] userPassword = encryption.R == 2
            ? PdfCipher.Rc4(key, encryption.O)
            : Iterate(key, encryption.O, 19, 0);
        return AuthenticateUser(encryption, firstId, userPassword);
    }

    /// <summary>Algorithm 1: the key for one object's strings and streams.</summary>
    public static byte[] ObjectKey(byte[] fileKey, int number, int generation, bool aes)
    {
        byte[] input = [.. fileKey, (byte)number, (byte)(number >> 8), (byte)(number >> 16), (byte)generation, (byte)(generation >> 8), .. aes ? "sAlT"u8.ToArray() : []];
        return MD5.HashData(input)[..Math.Min(fileKey.Length + 5, 16)];
    }

    /// <summary>Algorithm 2: the file key from a (user) password.</summary>
    private static byte[] FileKey(EncryptionDictionary encryption, byte[] firstId, ReadOnlySpan<byte> password)
    {
        int p = encryption.Permissions;
        byte[] input = [.. Pad(password), .. encryption.O, (byte)p, (byte)(p >> 8), (byte)(p >> 16), (byte)(p >> 24), .. firstId,
            .. encryption.R >= 4 && !encryption.EncryptMetadata ? new byte[] { 0xFF, 0xFF, 0xFF, 0xFF } : []];
        byte[] hash = MD5.HashData(input);
        if (encryption.R >= 3)
        {
            for (int i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, encryption.KeyLength));
            }
        }

        return hash[..encryption.KeyLength];
    }

    /// <summary>RC4 with the key XORed with each counter from <paramref name="from"/> to <paramref name="to"/> (either direction).</summary>
    private static byte[] Iterate(byte[] key, byte[] value, int from, int to)
    {
        int step = to >= from ? 1 : -1;
        byte[] round = new byte[key.Length];
        for (int i = from; i != to + step; i += step)
        {
            for (int k = 0; k < key.Length; k++)
            {
                round[k] = (byte)(key[k] ^ i);
            }

            value = PdfCipher.Rc4(round, value);
        }

        return value;
    }

    private static byte[] Pad(ReadOnlySpan<byte> password)
    {
        byte[] padded = new byte[32];
        int n = Math.Min(password.Length, 32);
        password[..n].CopyTo(padded);
        Padding.AsSpan(0, 32 - n).CopyTo(padded.AsSpan(n));
        return padded;
    }
}
