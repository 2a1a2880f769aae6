using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Bsre.Sdk.Pkcs11.Internal;

/// <summary>Finds the token, the private key and its certificate (same CKA_ID, PKCS#11 v2.40 §4.6.3) as the options name them.</summary>
internal static class Pkcs11Objects
{
    public static (ulong Slot, Pkcs11Module.TokenInfo Token) FindToken(Pkcs11Module module, Pkcs11SignerOptions options)
    {
        var slots = module.GetSlotsWithToken().Select(slot => (Slot: slot, Token: module.GetTokenInfo(slot))).ToList();
        var matches = slots
            .Where(s => s.Token.Initialized
                && (options.SlotId is null || s.Slot == options.SlotId)
                && (options.TokenLabel is null || string.Equals(s.Token.Label.Trim(), options.TokenLabel.Trim(), StringComparison.Ordinal)))
            .ToList();
        if (matches.Count == 1)
        {
            return matches[0];
        }

        string present = string.Join(", ", slots.Select(s => $"'{s.Token.Label.Trim()}' (slot {s.Slot})"));
        string wanted = options.TokenLabel is not null ? $"labelled '{options.TokenLabel}'" : options.SlotId is not null ? $"in slot {options.SlotId}" : "named";
        throw new Pkcs11SignerException(
            Pkcs11ErrorCode.TokenNotFound,
            matches.Count == 0
                ? $"No token {wanted} is present in '{options.ModulePath}'. Tokens present: {(present.Length == 0 ? "none" : present)}."
                : $"Several tokens are present in '{options.ModulePath}' ({present}); name one by its label.");
    }

    public static (ulong Handle, byte[] Id, CKK KeyType, bool AlwaysAuthenticate) FindKey(Pkcs11Module module, ulong session, Pkcs11SignerOptions options, string token)
    {
        List<(CKA, byte[])> template = [(CKA.CKA_CLASS, Pkcs11Module.ULongValue((ulong)CKO.CKO_PRIVATE_KEY)), (CKA.CKA_SIGN, [1])];
        if (options.KeyLabel is not null)
        {
            template.Add((CKA.CKA_LABEL, Encoding.UTF8.GetBytes(options.KeyLabel)));
        }

        if (!options.KeyId.IsEmpty)
        {
            template.Add((CKA.CKA_ID, options.KeyId.ToArray()));
        }

        List<ulong> keys = module.FindObjects(session, template);
        if (keys.Count == 0)
        {
            string which = options.KeyLabel is not null ? $"labelled '{options.KeyLabel}'" : !options.KeyId.IsEmpty ? $"with CKA_ID {Convert.ToHexString(options.KeyId.Span)}" : "at all";
            throw new Pkcs11SignerException(Pkcs11ErrorCode.KeyNotFound, $"The token '{token}' has no signing private key {which}.");
        }

        if (keys.Count > 1)
        {
            string labels = string.Join(", ", keys.Select(k => "'" + Encoding.UTF8.GetString(module.GetAttributeValues(session, k, [CKA.CKA_LABEL])[0] ?? []) + "'"));
            throw new Pkcs11SignerException(Pkcs11ErrorCode.KeyAmbiguous, $"The token '{token}' holds several signing keys ({labels}); name one by its label or CKA_ID.");
        }

        byte[]?[] attributes = module.GetAttributeValues(session, keys[0], [CKA.CKA_ID, CKA.CKA_KEY_TYPE, CKA.CKA_ALWAYS_AUTHENTICATE]);
        CKK keyType = attributes[1] is { } type ? (CKK)Pkcs11Module.ReadULong(type) : throw new Pkcs11SignerException(
            Pkcs11ErrorCode.TokenError, $"The token '{token}' does not reveal the key's type (CKA_KEY_TYPE).");
        bool alwaysAuthenticate = attributes[2] is [not 0];
        return (keys[0], attributes[0] ?? [], keyType, alwaysAuthenticate);
    }

    /// <summary>The key's certificate (same CKA_ID) and the CA certificates on the token that issue it, nearest first.</summary>
    public static (X509Certificate2 Certificate, List<X509Certificate2> Issuers) FindCertificates(Pkcs11Module module, ulong session, byte[] keyId, string token)
    {
        var all = new List<(byte[] Id, X509Certificate2 Certificate)>();
        List<(CKA, byte[])> template = [(CKA.CKA_CLASS, Pkcs11Module.ULongValue((ulong)CKO.CKO_CERTIFICATE)), (CKA.CKA_CERTIFICATE_TYPE, Pkcs11Module.ULongValue((ulong)CKC.CKC_X_509))];
        foreach (ulong handle in module.FindObjects(session, template))
        {
            byte[]?[] attributes = module.GetAttributeValues(session, handle, [CKA.CKA_ID, CKA.CKA_VALUE]);
            if (TryLoad(attributes[1] ?? []) is { } certificate)
            {
                all.Add((attributes[0] ?? [], certificate));
            }
        }

        X509Certificate2 signing = all.Find(c => c.Id.AsSpan().SequenceEqual(keyId)).Certificate
            ?? throw new Pkcs11SignerException(
                Pkcs11ErrorCode.CertificateNotFound,
                $"The token '{token}' has no X.509 certificate with the key's CKA_ID {Convert.ToHexString(keyId)}; import the certificate with the same CKA_ID as the key.");
        var issuers = new List<X509Certificate2>();
        X509Certificate2 current = signing;
        while (!current.SubjectName.RawData.AsSpan().SequenceEqual(current.IssuerName.RawData)
            && all.Find(c => c.Certificate != signing && !issuers.Contains(c.Certificate) && c.Certificate.SubjectName.RawData.AsSpan().SequenceEqual(current.IssuerName.RawData)).Certificate is { } issuer)
        {
            issuers.Add(issuer);
            current = issuer;
        }

        return (signing, issuers);
    }

    private static X509Certificate2? TryLoad(byte[] der)
    {
        try
        {
#if NET9_0_OR_GREATER
            return X509CertificateLoader.LoadCertificate(der);
#else
            return new X509Certificate2(der);
#endif
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
