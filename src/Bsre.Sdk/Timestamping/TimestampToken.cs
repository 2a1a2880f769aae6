using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Internal;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Tsp;

namespace Bsre.Sdk.Timestamping;

/// <summary>An RFC 3161 timestamp token: a TSA's signed statement that a digest existed at a time.</summary>
public sealed class TimestampToken
{
    private readonly TimeStampToken _token;

    private TimestampToken(TimeStampToken token, byte[] encoded)
    {
        _token = token;
        RawData = encoded;
        TimeStampTokenInfo info = token.TimeStampInfo;
        GenerationTime = new DateTimeOffset(DateTime.SpecifyKind(info.GenTime, DateTimeKind.Utc));
        HashAlgorithm = HashAlgorithms.FromOid(info.HashAlgorithm.Algorithm);
        MessageImprint = info.GetMessageImprintDigest();
        PolicyOid = new Oid(info.Policy);
        SerialNumber = info.SerialNumber.ToString(16);
        Nonce = info.Nonce?.ToByteArrayUnsigned();
        Certificates = token.GetCertificates().EnumerateMatches(null).Select(Internal.Certificates.ToBcl).ToArray();
        TsaCertificate = token.GetCertificates().EnumerateMatches(token.SignerID).Select(Internal.Certificates.ToBcl).FirstOrDefault();
    }

    /// <summary>Gets the DER-encoded token (a CMS SignedData).</summary>
    public ReadOnlyMemory<byte> RawData { get; }

    /// <summary>Gets the time the TSA asserts (genTime), in UTC.</summary>
    public DateTimeOffset GenerationTime { get; }

    /// <summary>Gets the hash algorithm of <see cref="MessageImprint"/>.</summary>
    public HashAlgorithmName HashAlgorithm { get; }

    /// <summary>Gets the digest that was timestamped.</summary>
    public ReadOnlyMemory<byte> MessageImprint { get; }

    /// <summary>Gets the TSA policy under which the token was issued (TSTInfo policy, RFC 3161 §2.4.2).</summary>
    public Oid PolicyOid { get; }

    /// <summary>Gets the token's serial number, in hexadecimal.</summary>
    public string SerialNumber { get; }

    /// <summary>Gets the nonce the token echoes, or <see langword="null"/>.</summary>
    public ReadOnlyMemory<byte>? Nonce { get; }

    /// <summary>Gets the TSA's certificate when the token carries it, else <see langword="null"/>.</summary>
    public X509Certificate2? TsaCertificate { get; }

    /// <summary>Gets every certificate embedded in the token.</summary>
    public IReadOnlyList<X509Certificate2> Certificates { get; }

    /// <summary>Gets the unsigned attributes of the TSA's SignerInfo (an archive timestamp's ats-hash-index-v3), if any.</summary>
    internal Org.BouncyCastle.Asn1.Cms.AttributeTable? UnsignedAttributes => _token.UnsignedAttributes;

    /// <summary>Gets the digests the token depends on: its imprint's, the TSA SignerInfo's, and the one its signature algorithm names (<see langword="null"/> for one not recognised).</summary>
    internal IEnumerable<HashAlgorithmName?> Digests
        => [HashAlgorithm, .. SignatureAlgorithms.DigestsOf(_token.ToCmsSignedData().GetSignerInfos().GetSigners().First())];

    /// <summary>Decodes a DER TimeStampToken.</summary>
    /// <param name="encoded">The token bytes.</param>
    /// <returns>The token.</returns>
    /// <exception cref="DocumentFormatException">The bytes are not a timestamp token.</exception>
    public static TimestampToken Decode(ReadOnlyMemory<byte> encoded)
    {
        byte[] bytes = encoded.ToArray();
        try
        {
            return new TimestampToken(new TimeStampToken(new CmsSignedData(bytes)), bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DocumentFormatException("The data is not an RFC 3161 timestamp token: " + e.Message, e);
        }
    }

    /// <summary>Decodes a DER TimeStampToken, or says it is not one (the shape of <c>Rfc3161TimestampToken.TryDecode</c>).</summary>
    /// <param name="encoded">The token bytes.</param>
    /// <param name="token">The token, or <see langword="null"/>.</param>
    /// <returns>Whether <paramref name="encoded"/> is a timestamp token; <see cref="Decode"/> says why not.</returns>
    public static bool TryDecode(ReadOnlyMemory<byte> encoded, [NotNullWhen(true)] out TimestampToken? token)
    {
        try
        {
            token = Decode(encoded);
            return true;
        }
        catch (DocumentFormatException)
        {
            token = null;
            return false;
        }
    }

    /// <summary>Checks that the token timestamps <paramref name="data"/>.</summary>
    /// <param name="data">The data whose digest should be the message imprint.</param>
    /// <returns><see langword="true"/> when the imprint matches.</returns>
    public bool MatchesData(ReadOnlySpan<byte> data)
        => CryptographicOperations.FixedTimeEquals(HashAlgorithms.Hash(HashAlgorithm, data), MessageImprint.Span);

    /// <summary>Verifies the token's signature with its TSA certificate, the ESS certificate binding, and the TSA's critical timeStamping EKU.</summary>
    /// <param name="tsaCertificate">The TSA certificate, when the token does not carry it.</param>
    /// <exception cref="TimestampException">The token is not validly signed by a TSA certificate.</exception>
    public void VerifySignature(X509Certificate2? tsaCertificate = null)
    {
        X509Certificate2 certificate = tsaCertificate ?? TsaCertificate
            ?? throw new TimestampException(TimestampFailure.InvalidToken, "The timestamp token does not carry its TSA certificate.");
        try
        {
            _token.Validate(Internal.Certificates.ToBouncyCastle(certificate));
        }
        catch (Exception e) when (e is TspException or TspValidationException or CmsException or ArgumentException or InvalidOperationException)
        {
            throw new TimestampException(TimestampFailure.InvalidToken, $"The timestamp token is not valid: {e.Message}", e);
        }
    }
}
