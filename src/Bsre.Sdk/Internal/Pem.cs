using System.Security.Cryptography;
using System.Text;

namespace Bsre.Sdk.Internal;

/// <summary>PEM (RFC 7468) and DER accepted alike: PEM text is decoded, anything else is taken as DER.</summary>
internal static class Pem
{
    /// <summary>Returns whether the bytes are PEM text (they contain an RFC 7468 pre-encapsulation boundary).</summary>
    public static bool IsPem(ReadOnlySpan<byte> data) => data.IndexOf("-----BEGIN "u8) >= 0;

    /// <summary>Decodes every PEM block labelled <paramref name="label"/> (e.g. <c>X509 CRL</c>), or returns the DER bytes as they are.</summary>
    /// <exception cref="CryptographicException">PEM text without a well-formed block of that label.</exception>
    public static List<byte[]> DecodeAll(byte[] data, string label)
    {
        if (!IsPem(data))
        {
            return [data];
        }

        var blocks = new List<byte[]>();
        ReadOnlySpan<char> text = Encoding.ASCII.GetString(data);
        while (PemEncoding.TryFind(text, out PemFields fields))
        {
            if (text[fields.Label].SequenceEqual(label))
            {
                blocks.Add(Convert.FromBase64String(text[fields.Base64Data].ToString()));
            }

            text = text[fields.Location.End..];
        }

        return blocks.Count > 0 ? blocks : throw new CryptographicException($"The PEM text has no well-formed '-----BEGIN {label}-----' block.");
    }

    /// <summary>Decodes the one PEM block labelled <paramref name="label"/>, or returns the DER bytes as they are.</summary>
    /// <exception cref="CryptographicException">PEM text without exactly one well-formed block of that label.</exception>
    public static byte[] DecodeOne(byte[] data, string label)
    {
        List<byte[]> blocks = DecodeAll(data, label);
        return blocks.Count == 1 ? blocks[0] : throw new CryptographicException($"The PEM text has {blocks.Count} '{label}' blocks where one was expected.");
    }
}
