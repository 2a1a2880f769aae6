using System.Formats.Asn1;

namespace Bsre.Sdk.Signing;

/// <summary>
/// Tells a file that is not PKCS#12 at all (a PEM key or certificate saved as .p12, a DER certificate, garbage) from one
/// whose password is wrong, before the password is tried: RFC 7292 §4 <c>PFX ::= SEQUENCE { version INTEGER (3), authSafe
/// ContentInfo, macData MacData OPTIONAL }</c>.
/// </summary>
internal static class Pkcs12Shape
{
    public static void ThrowIfNotPkcs12(ReadOnlySpan<byte> data, string source)
    {
        if (data.IsEmpty)
        {
            throw new SigningKeyException($"{source} is empty.");
        }

        if (data.IndexOf("-----BEGIN"u8) >= 0)
        {
            throw new SigningKeyException($"{source} is PEM text, not PKCS#12. Combine the PEM key and certificate into a .p12 file, "
                + "e.g. openssl pkcs12 -export -inkey key.pem -in cert.pem -out signer.p12.");
        }

        if (!LooksLikePfx(data))
        {
            throw new SigningKeyException($"{source} is not a PKCS#12 (.p12/.pfx) file: it does not start with a PFX structure (RFC 7292). "
                + "Check that it is the signer's key file and not a certificate or a truncated copy.");
        }
    }

    private static bool LooksLikePfx(ReadOnlySpan<byte> data)
    {
        try
        {
            var reader = new AsnReader(data.ToArray(), AsnEncodingRules.BER);
            AsnReader pfx = reader.ReadSequence();
            return pfx.TryReadInt32(out int version) && version == 3 && pfx.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence);
        }
        catch (AsnContentException)
        {
            return false;
        }
    }
}
