namespace Bsre.Sdk.Pdf.Raw.Encryption;

/// <summary>The entries of a standard security handler's /Encrypt dictionary (ISO 32000-2 §7.6.4, Tables 20–21 and 25).</summary>
internal sealed class EncryptionDictionary
{
    private readonly PdfFile _file;
    private readonly PdfDictionary _dictionary;
    private readonly PdfDictionary? _cryptFilters;

    public EncryptionDictionary(PdfFile file, PdfDictionary dictionary)
    {
        _file = file;
        _dictionary = dictionary;
        string filter = dictionary.GetName("Filter") ?? "(none)";
        if (filter != "Standard")
        {
            throw new DocumentFormatException($"Encrypted PDFs with the /{filter} security handler are not supported (only the standard, password-based one is): remove the encryption and sign the result.");
        }

        V = Integer("V", 0);
        R = Integer("R", 0);
        if (V is not (1 or 2 or 4 or 5) || R is not (2 or 3 or 4 or 5 or 6) || (V == 5) != (R >= 5))
        {
            throw new DocumentFormatException($"Encrypted PDFs with /V {V} /R {R} are not supported (standard security handler V 1, 2, 4 or 5, R 2 to 6 are).");
        }

        KeyLength = V == 1 ? 5 : V == 5 ? 32 : (int)Math.Clamp(Integer("Length", V == 4 ? 128 : 40) / 8, 0, 64);
        if (V != 5 && KeyLength is < 5 or > 16)
        {
            throw PdfFormat.Error($"the /Encrypt /Length {KeyLength * 8} is out of range");
        }

        Permissions = unchecked((int)Integer("P", 0));
        EncryptMetadata = _file.Resolve(dictionary["EncryptMetadata"]) is not PdfKeyword { Text: "false" };
        _cryptFilters = _file.ResolveDictionary(dictionary["CF"]);
        StringMethod = V >= 4 ? Method(dictionary.GetName("StrF") ?? "Identity") : CryptMethod.Rc4;
        StreamMethod = V >= 4 ? Method(dictionary.GetName("StmF") ?? "Identity") : CryptMethod.Rc4;
        O = Bytes("O", R >= 5 ? 48 : 32);
        U = Bytes("U", R >= 5 ? 48 : 32);
        OE = R >= 5 ? Bytes("OE", 32) : [];
        UE = R >= 5 ? Bytes("UE", 32) : [];
        Perms = R >= 6 ? Bytes("Perms", 16) : [];
    }

    public long V { get; }

    public long R { get; }

    /// <summary>Gets the file key length in bytes.</summary>
    public int KeyLength { get; }

    /// <summary>Gets /P: the user access permissions (ISO 32000-2 Table 22).</summary>
    public int Permissions { get; }

    public bool EncryptMetadata { get; }

    public CryptMethod StringMethod { get; }

    public CryptMethod StreamMethod { get; }

    public byte[] O { get; }

    public byte[] U { get; }

    /// <summary>Gets the file key encrypted with the owner password (R5/R6; empty before).</summary>
    public byte[] OE { get; }

    /// <summary>Gets the file key encrypted with the user password (R5/R6; empty before).</summary>
    public byte[] UE { get; }

    /// <summary>Gets /Perms, the permissions encrypted with the file key (R6; empty before).</summary>
    public byte[] Perms { get; }

    /// <summary>Gets the cipher of a named crypt filter (/Identity, or an entry of /CF).</summary>
    public CryptMethod Method(string name)
    {
        if (name == "Identity")
        {
            return CryptMethod.None;
        }

        string method = _file.ResolveDictionary(_cryptFilters?[name])?.GetName("CFM")
            ?? throw PdfFormat.Error($"the crypt filter /{name} is not defined in /Encrypt /CF");
        return method switch
        {
            "None" => CryptMethod.None,
            "V2" => CryptMethod.Rc4,
            "AESV2" when KeyLength >= 16 => CryptMethod.Aes128,
            "AESV3" when V == 5 => CryptMethod.Aes256,
            "AESV2" or "AESV3" => throw PdfFormat.Error($"the crypt filter /{name} uses /{method} with a {KeyLength * 8}-bit key"),
            _ => throw new DocumentFormatException($"Encrypted PDFs with the crypt filter method /{method} are not supported."),
        };
    }

    private long Integer(string key, long fallback) => _file.Resolve(_dictionary[key]) switch
    {
        null => fallback,
        PdfNumber { IsInteger: true } n => n.LongValue,
        _ => throw PdfFormat.Error($"the /Encrypt /{key} entry is not an integer"),
    };

    private byte[] Bytes(string key, int length) => _file.Resolve(_dictionary[key]) is PdfString s && s.Value.Length >= length
        ? s.Value[..length]
        : throw PdfFormat.Error($"the /Encrypt /{key} entry is missing or shorter than {length} bytes");
}
