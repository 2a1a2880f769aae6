using System.Security.Cryptography;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Which digest algorithms and key sizes a validation accepts, and until when (ETSI TS 119 312; EN 319 102-1
/// §5.2.8). It applies to the signature, every certificate of its path and of its timestamps' paths, the
/// timestamps themselves and the OCSP responses and CRLs used. An algorithm past its sunset is accepted only
/// for an object a timestamp proves existed before the sunset; otherwise the signature is
/// <see cref="ValidationIndication.Indeterminate"/> with <see cref="SubIndication.CryptoConstraintsFailureNoPoe"/>.
/// An algorithm the policy does not list is never accepted.
/// </summary>
/// <example>
/// <code>
/// var options = new SignatureValidationOptions();
/// // accept RSA keys of 1900 bits and more without an end date
/// options.CryptographicPolicy.KeySizes.Add(new KeySizeRule("RSA", 1900, null));
/// </code>
/// </example>
public sealed class CryptographicPolicy
{
    /// <summary>Gets the accepted digest algorithms (also those a signature algorithm implies, such as SHA-1 in sha1WithRSAEncryption) with their sunset, <see langword="null"/> for none.</summary>
    /// <remarks>The names are those of <see cref="HashAlgorithmName"/>; SHAKE256 (512-bit output, RFC 8419) is <c>new HashAlgorithmName("SHAKE256")</c>.</remarks>
    public IDictionary<HashAlgorithmName, DateTimeOffset?> DigestAlgorithms { get; } = new Dictionary<HashAlgorithmName, DateTimeOffset?>();

    /// <summary>Gets the accepted key sizes per key algorithm, each band with its sunset.</summary>
    public IList<KeySizeRule> KeySizes { get; } = [];

    /// <summary>
    /// Creates the default policy: the historical sunsets of DSS's default constraint.xml and ETSI TS 102 176-1
    /// (MD5 2005, SHA-1 2009, RSA under 1536 bits 2009, under 1900 bits 2016, ECDSA under 224 bits 2013, under 256 bits 2016),
    /// RSA of 1900 to 2999 bits until 2029, and no end for SHA-2, SHA-3, SHAKE256, RSA of 3000 bits and more,
    /// ECDSA from 256 bits, Ed25519 and Ed448.
    /// </summary>
    /// <returns>A new policy the caller may change.</returns>
    public static CryptographicPolicy CreateDefault()
    {
        var policy = new CryptographicPolicy();
        policy.DigestAlgorithms[HashAlgorithmName.MD5] = Year(2005);
        policy.DigestAlgorithms[HashAlgorithmName.SHA1] = Year(2009);
        foreach (HashAlgorithmName strong in new[] { HashAlgorithmName.SHA256, HashAlgorithmName.SHA384, HashAlgorithmName.SHA512, HashAlgorithmName.SHA3_256, HashAlgorithmName.SHA3_384, HashAlgorithmName.SHA3_512, new HashAlgorithmName("SHAKE256") })
        {
            policy.DigestAlgorithms[strong] = null;
        }

        KeySizeRule[] rules =
        [
            new("RSA", 1024, Year(2009)), new("RSA", 1536, Year(2016)), new("RSA", 1900, Year(2029)), new("RSA", 3000, null),
            new("ECDSA", 160, Year(2013)), new("ECDSA", 224, Year(2016)), new("ECDSA", 256, null),
            new("DSA", 1024, Year(2013)), new("DSA", 2048, Year(2029)), new("DSA", 3000, null),
            new("Ed25519", 256, null), new("Ed448", 448, null),
        ];
        foreach (KeySizeRule rule in rules)
        {
            policy.KeySizes.Add(rule);
        }

        return policy;
    }

    /// <summary>
    /// Judges a digest algorithm that a signature depends on beyond those its CMS names, such as the SHA-1 digest of the
    /// document that a PDF adbe.pkcs7.sha1 signature signs (ISO 32000-1 §12.8.3.3.1): accepted when the earliest time the
    /// signature is proven to exist, else <paramref name="validationTime"/>, precedes the algorithm's sunset.
    /// </summary>
    /// <param name="subject">What depends on the algorithm, for the message (e.g. "signature's digest of the signed range").</param>
    /// <param name="digestAlgorithm">The digest algorithm.</param>
    /// <param name="validationTime">The validation time.</param>
    /// <param name="proofOfExistence">The earliest time a trusted timestamp proves the signature existed, if any.</param>
    /// <returns>
    /// <see langword="null"/> when accepted; an error finding <see cref="FindingCodes.CryptoConstraintsNotMet"/> when refused;
    /// an info finding <see cref="FindingCodes.CryptoAcceptedByProofOfExistence"/> when only the proof of existence saves it.
    /// </returns>
    public ValidationFinding? Judge(string subject, HashAlgorithmName digestAlgorithm, DateTimeOffset validationTime, DateTimeOffset? proofOfExistence = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        return new CryptoConstraints(this).Judge(subject, [digestAlgorithm], null, validationTime, proofOfExistence).ToFinding();
    }

    private static DateTimeOffset Year(int year) => new(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
