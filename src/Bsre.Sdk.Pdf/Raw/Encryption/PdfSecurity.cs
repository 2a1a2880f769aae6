namespace Bsre.Sdk.Pdf.Raw.Encryption;

/// <summary>
/// The open standard security handler of one file: decrypts the strings and streams of objects read
/// from it and encrypts those of new objects, with the object key (R2–R4) or the file key (R5/R6).
/// Not encrypted (ISO 32000-2 §7.6.2): the /Encrypt dictionary, cross-reference streams, the /Contents
/// of signature dictionaries, streams under the Identity crypt filter, and the metadata stream when
/// /EncryptMetadata is false.
/// </summary>
internal sealed class PdfSecurity
{
    private readonly EncryptionDictionary _encryption;
    private readonly byte[] _fileKey;
    private readonly int _encryptNumber;

    public PdfSecurity(EncryptionDictionary encryption, byte[] fileKey, bool isOwner, int encryptNumber)
    {
        _encryption = encryption;
        _fileKey = fileKey;
        IsOwner = isOwner;
        _encryptNumber = encryptNumber;
    }

    /// <summary>Gets whether the owner password opened the file (its permissions then do not apply).</summary>
    public bool IsOwner { get; }

    public long Revision => _encryption.R;

    /// <summary>Gets /P, the permissions granted with the user password.</summary>
    public int Permissions => _encryption.Permissions;

    /// <summary>
    /// Refuses an incremental update (a signature, document timestamp or validation data) that the file's
    /// permissions forbid to the user: it needs "fill in forms and sign" (ISO 32000-1 Table 22: bit 6, or
    /// bit 9 for R 3 and later). The owner password lifts the restriction.
    /// </summary>
    public void EnsureMaySign()
    {
        const int FillInForms = 1 << 5;
        const int FillInFormsAndSign = 1 << 8;
        int p = Permissions;
        if (!IsOwner && (p & FillInForms) == 0 && (Revision < 3 || (p & FillInFormsAndSign) == 0))
        {
            throw new PdfPasswordException("The encrypted PDF's permissions (/P) do not allow filling in forms and signing: give its owner password to sign it.");
        }
    }

    /// <summary>Decrypts, in place, the strings of an object read from the file (not from an object stream).</summary>
    public PdfObject DecryptStrings(PdfObject value, int number, int generation) => number == _encryptNumber || (value is PdfStream s && s.Dictionary.GetName("Type") == "XRef")
        ? value
        : Transform(value, Key(_encryption.StringMethod, number, generation), decrypt: true);

    /// <summary>Returns an encrypted copy of a new object's strings and stream data; <paramref name="value"/> is left as is.</summary>
    public PdfObject Encrypt(PdfObject value, int number, int generation)
    {
        var stringKey = Key(_encryption.StringMethod, number, generation);
        if (value is not PdfStream { Data: { } data } stream)
        {
            return Transform(value, stringKey, decrypt: false);
        }

        var dictionary = (PdfDictionary)Transform(stream.Dictionary, stringKey, decrypt: false);
        var (method, key) = StreamKey(stream.Dictionary, number, generation);
        return new PdfStream(dictionary, PdfCipher.Encrypt(method, key, data));
    }

    /// <summary>Decrypts a stream's raw data.</summary>
    public byte[] DecryptStream(PdfStream stream, byte[] raw)
    {
        var (method, key) = StreamKey(stream.Dictionary, stream.Number, stream.Generation);
        return PdfCipher.Decrypt(method, key, raw);
    }

    private (CryptMethod Method, byte[] Key) StreamKey(PdfDictionary dictionary, int number, int generation)
    {
        string? type = dictionary.GetName("Type");
        if (type == "XRef" || number == _encryptNumber || (type == "Metadata" && !_encryption.EncryptMetadata))
        {
            return (CryptMethod.None, []);
        }

        CryptMethod method = CryptFilterName(dictionary) is { } name ? _encryption.Method(name) : _encryption.StreamMethod;
        return (method, ObjectKey(method, number, generation));
    }

    /// <summary>Gets the crypt filter a stream names with /Filter /Crypt (first in the list) and its /DecodeParms /Name.</summary>
    private static string? CryptFilterName(PdfDictionary dictionary)
    {
        bool crypt = dictionary["Filter"] switch
        {
            PdfName { Value: "Crypt" } => true,
            PdfArray { Items: [PdfName { Value: "Crypt" }, ..] } => true,
            _ => false,
        };
        if (!crypt)
        {
            return null;
        }

        var parms = dictionary["DecodeParms"] is PdfArray array ? array.Items.FirstOrDefault() as PdfDictionary : dictionary["DecodeParms"] as PdfDictionary;
        return parms?.GetName("Name") ?? "Identity";
    }

    private (CryptMethod Method, byte[] Key) Key(CryptMethod method, int number, int generation) => (method, ObjectKey(method, number, generation));

    private byte[] ObjectKey(CryptMethod method, int number, int generation) => method switch
    {
        CryptMethod.None => [],
        CryptMethod.Aes256 => _fileKey,
        _ => Rc4KeyAlgorithm.ObjectKey(_fileKey, number, generation, method == CryptMethod.Aes128),
    };

    private static PdfObject Transform(PdfObject value, (CryptMethod Method, byte[] Key) cipher, bool decrypt)
    {
        if (cipher.Method == CryptMethod.None)
        {
            return value;
        }

        return new StringCipherWalker(s => decrypt ? PdfCipher.Decrypt(cipher.Method, cipher.Key, s) : PdfCipher.Encrypt(cipher.Method, cipher.Key, s), copy: !decrypt).Apply(value);
    }
}
