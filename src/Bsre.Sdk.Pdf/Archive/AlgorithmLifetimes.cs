using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Pdf.Archive;

/// <summary>
/// Until when a timestamp's algorithms still protect it, after ETSI TS 119 312 (cryptographic suites): SHA-1 and MD5
/// digests, RSA and DSA keys below 2048 bits and EC keys below 256 bits are no longer acceptable; RSA-2048 is accepted
/// until the end of 2030. Anything stronger has no announced end.
/// </summary>
internal static class AlgorithmLifetimes
{
    private static readonly DateTimeOffset Ended = new(2013, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Rsa2048End = new(2030, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset? Digest(HashAlgorithmName algorithm) =>
        algorithm == HashAlgorithmName.SHA1 || algorithm == HashAlgorithmName.MD5 ? Ended : null;

    /// <summary>The end of the certificate's own signature digest and of its public key.</summary>
    public static DateTimeOffset? Certificate(X509Certificate2 certificate)
    {
        DateTimeOffset? end = certificate.SignatureAlgorithm.Value is "1.2.840.113549.1.1.5" or "1.2.840.113549.1.1.4" or "1.2.840.10045.4.1" or "1.2.840.10040.4.3" ? Ended : null;
        int bits = KeySize(certificate);
        DateTimeOffset? key = certificate.PublicKey.Oid.Value switch
        {
            "1.2.840.113549.1.1.1" or "1.2.840.10040.4.1" when bits < 2048 => Ended,
            "1.2.840.113549.1.1.1" or "1.2.840.10040.4.1" when bits < 3072 => Rsa2048End,
            "1.2.840.10045.2.1" when bits < 256 => Ended,
            _ => null,
        };
        return Earliest(end, key);
    }

    public static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a < b ? a : b);

    private static int KeySize(X509Certificate2 certificate)
    {
        using AsymmetricAlgorithm? key = (AsymmetricAlgorithm?)certificate.GetRSAPublicKey() ?? certificate.GetECDsaPublicKey();
        return key?.KeySize ?? int.MaxValue;
    }
}
