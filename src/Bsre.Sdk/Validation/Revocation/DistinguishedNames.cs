using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>Compares X.500 names: byte equality first, then RFC 5280 §7.1 equivalence (case and space insensitive).</summary>
internal static class DistinguishedNames
{
    /// <summary>Returns whether two DER names are the same name.</summary>
    public static bool Equivalent(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.SequenceEqual(b))
        {
            return true;
        }

        try
        {
            return X509Name.GetInstance(Asn1Object.FromByteArray(a.ToArray())).Equivalent(X509Name.GetInstance(Asn1Object.FromByteArray(b.ToArray())));
        }
        catch (Exception e) when (ParseErrors.Is(e))
        {
            return false;
        }
    }
}
