using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace Bsre.Sdk.Pkcs11.Internal;

/// <summary>Finds the token, the private key and its certificate (same CKA_ID, PKCS#11 v2.40 §4.6.3) as the options name them.</summary>
internal static class Pkcs11Objects
{
    public static (ISlot Slot, ITokenInfo Token) FindToken(IPkcs11Library library, Pkcs11SignerOptions options)
    {
        List<ISlot> slots = library.GetSlotList(SlotsType.WithTokenPresent);
        var matches = slots
            .Select(slot => (Slot: slot, Token: slot.GetTokenInfo()))
            .Where(s => s.Token.TokenFlags.TokenInitialized
                && (options.SlotId is null || s.Slot.SlotId == options.SlotId)
                && (options.TokenLabel is null || string.Equals(s.Token.Label.Trim(), options.TokenLabel.Trim(), StringComparison.Ordinal)))
            .ToList();
        if (matches.Count == 1)
        {
            return matches[0];
        }

        string present = string.Join(", ", slots.Select(s => $"'{s.GetTokenInfo().Label.Trim()}' (slot {s.SlotId})"));
        string wanted = options.TokenLabel is not null ? $"labelled '{options.TokenLabel}'" : options.SlotId is not null ? $"in slot {options.SlotId}" : "named";
        throw new Pkcs11SignerException(
            Pkcs11ErrorCode.TokenNotFound,
            matches.Count == 0
                ? $"No token {wanted} is present in '{options.ModulePath}'. Tokens present: {(present.Length == 0 ? "none" : present)}."
                : $"Several tokens are present in '{options.ModulePath}' ({present}); name one by its label.");
    }

    public static (IObjectHandle Handle, byte[] Id, CKK KeyType, bool AlwaysAuthenticate) FindKey(ISession session, Pkcs11SignerOptions options, string token)
    {
        var factory = session.Factories.ObjectAttributeFactory;
        List<IObjectAttribute> template = [factory.Create(CKA.CKA_CLASS, CKO.CKO_PRIVATE_KEY), factory.Create(CKA.CKA_SIGN, true)];
        if (options.KeyLabel is not null)
        {
            template.Add(factory.Create(CKA.CKA_LABEL, options.KeyLabel));
        }

        if (!options.KeyId.IsEmpty)
        {
            template.Add(factory.Create(CKA.CKA_ID, options.KeyId.ToArray()));
        }

        List<IObjectHandle> keys = session.FindAllObjects(template);
        if (keys.Count == 0)
        {
            string which = options.KeyLabel is not null ? $"labelled '{options.KeyLabel}'" : !options.KeyId.IsEmpty ? $"with CKA_ID {Convert.ToHexString(options.KeyId.Span)}" : "at all";
            throw new Pkcs11SignerException(Pkcs11ErrorCode.KeyNotFound, $"The token '{token}' has no signing private key {which}.");
        }

        if (keys.Count > 1)
        {
            string labels = string.Join(", ", keys.Select(k => "'" + session.GetAttributeValue(k, [CKA.CKA_LABEL])[0].GetValueAsString() + "'"));
            throw new Pkcs11SignerException(Pkcs11ErrorCode.KeyAmbiguous, $"The token '{token}' holds several signing keys ({labels}); name one by its label or CKA_ID.");
        }

        List<IObjectAttribute> attributes = session.GetAttributeValue(keys[0], [CKA.CKA_ID, CKA.CKA_KEY_TYPE, CKA.CKA_ALWAYS_AUTHENTICATE]);
        bool alwaysAuthenticate = !attributes[2].CannotBeRead && attributes[2].GetValueAsBool();
        return (keys[0], attributes[0].GetValueAsByteArray() ?? [], (CKK)attributes[1].GetValueAsUlong(), alwaysAuthenticate);
    }

    /// <summary>The key's certificate (same CKA_ID) and the CA certificates on the token that issue it, nearest first.</summary>
    public static (X509Certificate2 Certificate, List<X509Certificate2> Issuers) FindCertificates(ISession session, byte[] keyId, string token)
    {
        var factory = session.Factories.ObjectAttributeFactory;
        var all = new List<(byte[] Id, X509Certificate2 Certificate)>();
        foreach (IObjectHandle handle in session.FindAllObjects([factory.Create(CKA.CKA_CLASS, CKO.CKO_CERTIFICATE), factory.Create(CKA.CKA_CERTIFICATE_TYPE, CKC.CKC_X_509)]))
        {
            List<IObjectAttribute> attributes = session.GetAttributeValue(handle, [CKA.CKA_ID, CKA.CKA_VALUE]);
            if (TryLoad(attributes[1].GetValueAsByteArray() ?? []) is { } certificate)
            {
                all.Add((attributes[0].GetValueAsByteArray() ?? [], certificate));
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
