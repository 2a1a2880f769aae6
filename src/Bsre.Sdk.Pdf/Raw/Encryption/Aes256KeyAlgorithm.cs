using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Bsre.Sdk.Pdf.Raw.Encryption;

/// <summary>The file key and password checks of revisions 5 and 6, AES-256 (ISO 32000-2 §7.6.4.3.3–7.6.4.4, Algorithms 2.A and 2.B).</summary>
internal static class Aes256KeyAlgorithm
{
    private const int MaxPasswordBytes = 127;

    /// <summary>The file key if <paramref name="password"/> (UTF-8) is the owner password, else <see langword="null"/>.</summary>
    public static byte[]? AuthenticateOwner(EncryptionDictionary encryption, ReadOnlySpan<byte> password)
    {
        byte[] o = encryption.O;
        byte[] u = encryption.U;
        return Matches(encryption, password, o.AsSpan(32, 8), u, o.AsSpan(0, 32))
            ? Unwrap(encryption, password, o.AsSpan(40, 8), u, encryption.OE)
            : null;
    }

    /// <summary>The file key if <paramref name="password"/> (UTF-8) is the user password, else <see langword="null"/>.</summary>
    public static byte[]? AuthenticateUser(EncryptionDictionary encryption, ReadOnlySpan<byte> password)
    {
        byte[] u = encryption.U;
        return Matches(encryption, password, u.AsSpan(32, 8), [], u.AsSpan(0, 32))
            ? Unwrap(encryption, password, u.AsSpan(40, 8), [], encryption.UE)
            : null;
    }

    /// <summary>
    /// Checks /P and /EncryptMetadata against /Perms, their copy encrypted with the file key (ISO 32000-2 §7.6.4.4.12,
    /// Algorithm 13), so that permissions edited without the owner password are not believed.
    /// </summary>
    /// <exception cref="DocumentFormatException">/Perms does not decrypt, or does not match.</exception>
    public static void CheckPermissions(EncryptionDictionary encryption, byte[] fileKey)
    {
        byte[] perms = PdfCipher.AesNoPadding(fileKey, new byte[16], encryption.Perms, encrypt: false);
        if (!perms.AsSpan(9, 3).SequenceEqual("adb"u8))
        {
            throw PdfFormat.Error("the /Encrypt /Perms entry does not decrypt to a permissions block");
        }

        if (BinaryPrimitives.ReadInt32LittleEndian(perms) != encryption.Permissions || (perms[8] == (byte)'T') != encryption.EncryptMetadata)
        {
            throw new DocumentFormatException("The encrypted PDF's permissions (/P or /EncryptMetadata) do not match its /Perms: the /Encrypt dictionary was altered after encryption.");
        }
    }

    private static bool Matches(EncryptionDictionary encryption, ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> userKey, ReadOnlySpan<byte> expected)
        => CryptographicOperations.FixedTimeEquals(Hash(encryption.R, password, salt, userKey), expected);

    private static byte[] Unwrap(EncryptionDictionary encryption, ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> userKey, byte[] wrapped)
        => PdfCipher.AesNoPadding(Hash(encryption.R, password, salt, userKey), new byte[16], wrapped, encrypt: false);

    /// <summary>Algorithm 2.B (R6; R5 stops after the first SHA-256).</summary>
    private static byte[] Hash(long revision, ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> userKey)
    {
        password = password[..Math.Min(password.Length, MaxPasswordBytes)];
        byte[] k = SHA256.HashData([.. password, .. salt, .. userKey]);
        if (revision == 5)
        {
            return k;
        }

        for (int round = 0; ; round++)
        {
            byte[] block = [.. password, .. k, .. userKey];
            byte[] k1 = new byte[block.Length * 64];
            for (int i = 0; i < 64; i++)
            {
                block.CopyTo(k1, i * block.Length);
            }

            byte[] e = PdfCipher.AesNoPadding(k[..16], k.AsSpan(16, 16), k1, encrypt: true);
            int selector = 0;
            for (int i = 0; i < 16; i++)
            {
                selector += e[i];
            }

            k = (selector % 3) switch
            {
                0 => SHA256.HashData(e),
                1 => SHA384.HashData(e),
                _ => SHA512.HashData(e),
            };
            if (round >= 63 && e[^1] <= round - 31)
            {
                return k[..32];
            }
        }
    }
}
