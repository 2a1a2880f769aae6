using System.Text;

namespace Bsre.Sdk.Pdf.Raw.Encryption;

/// <summary>
/// Opens an encrypted file with the standard security handler: reads /Encrypt and finds the file key
/// from the password, tried as the owner password first and then as the user password (an empty
/// password opens the common owner-restricted files).
/// </summary>
internal static class StandardSecurityHandler
{
    public static PdfSecurity Open(PdfFile file, PdfReference encryptReference, ReadOnlySpan<char> password)
    {
        var dictionary = file.GetObject(encryptReference.Number) as PdfDictionary
            ?? throw PdfFormat.Error("the trailer's /Encrypt is not a dictionary");
        var encryption = new EncryptionDictionary(file, dictionary);
        byte[][] candidates = Encode(password, encryption.R);
        try
        {
            (byte[]? key, bool owner) = candidates.Select(c => Authenticate(encryption, FirstId(file), c)).FirstOrDefault(r => r.Key is not null);
            if (key is null)
            {
                throw new PdfPasswordException(password.IsEmpty
                    ? "The PDF is encrypted with a user password: give the PDF's password (the PdfPassword option)."
                    : "The PDF is encrypted and the PDF's password is wrong (it is neither its user nor its owner password).");
            }

            if (encryption.R >= 6)
            {
                Aes256KeyAlgorithm.CheckPermissions(encryption, key);
            }

            return new PdfSecurity(encryption, key, owner, encryptReference.Number);
        }
        finally
        {
            Array.ForEach(candidates, Array.Clear);
        }
    }

    private static (byte[]? Key, bool Owner) Authenticate(EncryptionDictionary encryption, byte[] firstId, byte[] password)
    {
        if (encryption.R >= 5)
        {
            return Aes256KeyAlgorithm.AuthenticateOwner(encryption, password) is { } ownerKey
                ? (ownerKey, true)
                : (Aes256KeyAlgorithm.AuthenticateUser(encryption, password), false);
        }

        return Rc4KeyAlgorithm.AuthenticateOwner(encryption, firstId, password) is { } key
            ? (key, true)
            : (Rc4KeyAlgorithm.AuthenticateUser(encryption, firstId, password), false);
    }

    /// <summary>
    /// The password's encodings to try. R2–R4: PDFDocEncoding (Latin-1 here). R5/R6: UTF-8 after SASLprep, as the
    /// standard asks, then, for a non-ASCII password, its UTF-8 as typed, because some tools (qpdf 11) encrypt without
    /// SASLprep. ASCII passwords are encoded without an intermediate string.
    /// </summary>
    private static byte[][] Encode(ReadOnlySpan<char> password, long revision)
    {
        Encoding encoding = revision < 5 ? Encoding.Latin1 : Encoding.UTF8;
        byte[] typed = new byte[encoding.GetByteCount(password)];
        encoding.GetBytes(password, typed);
        if (revision < 5 || Ascii.IsValid(password))
        {
            return [typed];
        }

        byte[] prepared = Encoding.UTF8.GetBytes(SaslPrep.Prepare(password));
        if (prepared.AsSpan().SequenceEqual(typed))
        {
            Array.Clear(prepared);
            return [typed];
        }

        return [prepared, typed];
    }

    private static byte[] FirstId(PdfFile file) => (file.Trailer["ID"] as PdfArray)?.Items.FirstOrDefault() is PdfString id ? id.Value : [];
}
