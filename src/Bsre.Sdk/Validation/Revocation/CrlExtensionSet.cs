using System.Formats.Asn1;
using System.Numerics;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>The CRL-level extensions a <see cref="ParsedCrl"/> keeps (RFC 5280 §5.2).</summary>
/// <param name="CrlNumber">cRLNumber.</param>
/// <param name="BaseCrlNumber">deltaCRLIndicator BaseCRLNumber.</param>
/// <param name="Scope">issuingDistributionPoint.</param>
/// <param name="UnsupportedCritical">Critical extensions not processed.</param>
internal sealed record CrlExtensionSet(BigInteger? CrlNumber, BigInteger? BaseCrlNumber, CrlScope? Scope, IReadOnlyList<string> UnsupportedCritical)
{
    private const string CrlNumberOid = "2.5.29.20";
    private const string DeltaCrlIndicatorOid = "2.5.29.27";
    private const string IssuingDistributionPointOid = "2.5.29.28";

    /// <summary>Known non-critical extensions that need no processing: authorityKeyIdentifier, issuerAltName, freshestCRL, AIA.</summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "2.5.29.35", "2.5.29.18", "2.5.29.46", "1.3.6.1.5.5.7.1.1" };

    /// <summary>Gets the set of a CRL without extensions (v1).</summary>
    public static CrlExtensionSet None { get; } = new(null, null, null, []);

    /// <summary>Reads the SEQUENCE OF Extension inside crlExtensions [0] of a CRL whose DER issuer name is <paramref name="issuer"/>.</summary>
    public static CrlExtensionSet Read(AsnReader extensions, byte[] issuer)
    {
        BigInteger? number = null;
        BigInteger? baseNumber = null;
        CrlScope? scope = null;
        var unsupported = new List<string>();
        while (extensions.HasData)
        {
            AsnReader extension = extensions.ReadSequence();
            string oid = extension.ReadObjectIdentifier();
            bool critical = extension.PeekTag() == Asn1Tag.Boolean && extension.ReadBoolean();
            byte[] value = extension.ReadOctetString();
            extension.ThrowIfNotEmpty();
            switch (oid)
            {
                case CrlNumberOid:
                    number = new AsnReader(value, AsnEncodingRules.BER).ReadInteger();
                    break;
                case DeltaCrlIndicatorOid:
                    baseNumber = new AsnReader(value, AsnEncodingRules.BER).ReadInteger();
                    break;
                case IssuingDistributionPointOid:
                    scope = CrlScope.Decode(value, Org.BouncyCastle.Asn1.X509.X509Name.GetInstance(issuer));
                    break;
                default:
                    if (critical && !Ignored.Contains(oid))
                    {
                        unsupported.Add(oid);
                    }

                    break;
            }
        }

        return new CrlExtensionSet(number, baseNumber, scope, unsupported);
    }
}
