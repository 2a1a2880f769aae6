using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// Verifies an RFC 6960 OCSP response for one certificate: parses OCSPResponse (or a bare BasicOCSPResponse), requires
/// responseStatus successful, finds the SingleResponse whose CertID names the certificate, checks the signer (see
/// <see cref="OcspResponderAuthorization"/>) and signature, freshness (<see cref="Freshness"/>) and, when a nonce was sent
/// and the response has one, that it is echoed.
/// </summary>
internal static class OcspResponseVerifier
{
    private const string BasicResponseOid = "1.3.6.1.5.5.7.48.1.1";
    private static readonly string[] StatusNames = ["successful", "malformedRequest", "internalError", "tryLater", "4", "sigRequired", "unauthorized"];

    /// <summary>Verifies <paramref name="response"/> for <paramref name="certificate"/> at <paramref name="time"/>.</summary>
    /// <param name="response">DER OCSPResponse or BasicOCSPResponse.</param>
    /// <param name="certificate">The certificate asked about.</param>
    /// <param name="issuer">Its issuer.</param>
    /// <param name="time">The time the response must be fresh for.</param>
    /// <param name="options">Skew and maximum age.</param>
    /// <param name="expectedNonce">The nonce extnValue sent in the request, or <see langword="null"/> (embedded or cached responses).</param>
    /// <exception cref="RevocationException">The response is unusable; <see cref="RevocationException.Failure"/> says why.</exception>
    public static OcspVerification Verify(
        ReadOnlyMemory<byte> response, X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset time, RevocationOptions options, byte[]? expectedNonce = null)
    {
        try
        {
            return VerifyCore(response, certificate, issuer, time, options, expectedNonce);
        }
        catch (Exception e) when (ParseErrors.Is(e))
        {
            throw ParseErrors.Malformed("OCSP response", e);
        }
    }

    private static OcspVerification VerifyCore(
        ReadOnlyMemory<byte> response, X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset time, RevocationOptions options, byte[]? expectedNonce)
    {
        ReadOnlyMemory<byte> basicDer = UnwrapBasic(response);
        SignedStructure signed = SignedStructure.Split(basicDer, "OCSP response", moreFields: true);
        BasicOcspResponse basic = Parse(basicDer);
        ResponseData data = basic.TbsResponseData;
        SingleResponse single = FindSingle(data, certificate, issuer);
        DateTimeOffset producedAt = ToTime(data.ProducedAt);

        X509Certificate2 signer = OcspResponderAuthorization.VerifySignature(basic, signed, issuer, producedAt);
        DateTimeOffset thisUpdate = ToTime(single.ThisUpdate);
        DateTimeOffset? nextUpdate = single.NextUpdate is null ? null : ToTime(single.NextUpdate);
        Freshness.Check("OCSP response", thisUpdate, nextUpdate, time, options);
        CheckNonce(data, expectedNonce);

        CertStatus status = single.CertStatus;
        return status.TagNo switch
        {
            0 => new OcspVerification(RevocationStatus.Good, producedAt, thisUpdate, nextUpdate, null, null, signer, signed.Algorithm),
            1 => Revoked(RevokedInfo.GetInstance(status.Status), producedAt, thisUpdate, nextUpdate, signer, signed.Algorithm),
            _ => new OcspVerification(RevocationStatus.Unknown, producedAt, thisUpdate, nextUpdate, null, null, signer, signed.Algorithm),
        };
    }

    /// <summary>Returns the BasicOCSPResponse bytes of an OCSPResponse, or the input when it already is one; AsnContentException when malformed.</summary>
    internal static ReadOnlyMemory<byte> UnwrapBasic(ReadOnlyMemory<byte> response)
    {
        var outer = new AsnReader(response, AsnEncodingRules.BER);
        AsnReader sequence = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        if (sequence.PeekTag() != Asn1Tag.Enumerated)
        {
            return response;
        }

        ReadOnlySpan<byte> statusBytes = sequence.ReadEnumeratedBytes().Span;
        int status = statusBytes.Length == 1 ? statusBytes[0] : -1;
        if (status != 0)
        {
            string name = status >= 0 && status < StatusNames.Length ? StatusNames[status] : status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            throw new RevocationException(RevocationFailure.ResponderError, $"The OCSP responder answered '{name}' (responseStatus {status}).");
        }

        AsnReader bytes = sequence.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)).ReadSequence();
        string type = bytes.ReadObjectIdentifier();
        return type == BasicResponseOid
            ? bytes.ReadOctetString()
            : throw new RevocationException(RevocationFailure.Unsupported, $"The OCSP response type {type} is not id-pkix-ocsp-basic.");
    }

    private static BasicOcspResponse Parse(ReadOnlyMemory<byte> der)
    {
        BasicOcspResponse basic = BasicOcspResponse.GetInstance(Asn1Object.FromByteArray(der.ToArray()));
        _ = basic.TbsResponseData.ResponderID;
        return basic;
    }

    private static SingleResponse FindSingle(ResponseData data, X509Certificate2 certificate, X509Certificate2 issuer)
    {
        foreach (Asn1Encodable element in data.Responses)
        {
            SingleResponse single = SingleResponse.GetInstance(element);
            if (OcspCertId.Matches(single.CertId, certificate, issuer))
            {
                return single;
            }
        }

        throw new RevocationException(RevocationFailure.NotForCertificate, $"The OCSP response has no status for '{certificate.Subject}' (serial {certificate.SerialNumber}).");
    }

    private static void CheckNonce(ResponseData data, byte[]? expectedNonce)
    {
        if (expectedNonce is null)
        {
            return;
        }

        Asn1OctetString? echoed = data.ResponseExtensions?.GetExtensionValue(OcspObjectIdentifiers.PkixOcspNonce);
        if (echoed is not null && !echoed.GetOctets().AsSpan().SequenceEqual(expectedNonce))
        {
            throw new RevocationException(RevocationFailure.NonceMismatch, "The OCSP response carries a different nonce than the request: it may be a replay.");
        }
    }

    private static OcspVerification Revoked(RevokedInfo info, DateTimeOffset producedAt, DateTimeOffset thisUpdate, DateTimeOffset? nextUpdate, X509Certificate2 signer, AlgorithmIdentifier algorithm)
    {
        int? reason = info.RevocationReason?.IntValueExact;
        return new OcspVerification(RevocationStatus.Revoked, producedAt, thisUpdate, nextUpdate, ToTime(info.RevocationTime), RevocationReasons.Name(reason), signer, algorithm);
    }

    private static DateTimeOffset ToTime(Asn1GeneralizedTime time)
        => new(DateTime.SpecifyKind(time.ToDateTime(), DateTimeKind.Utc));
}
