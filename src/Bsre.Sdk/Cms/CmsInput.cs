using System.Diagnostics;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Cms;

/// <summary>
/// The one place where a CMS signature's bytes are decoded into BouncyCastle's objects. BouncyCastle reports malformed
/// ASN.1 from its decoders not only with <see cref="IOException"/> and its own exceptions but also with
/// <see cref="ArgumentException"/> ("bad sequence size"), <see cref="InvalidCastException"/> (an unexpected tag),
/// <see cref="InvalidOperationException"/>, <see cref="KeyNotFoundException"/> (a signer's digest algorithm missing from
/// the SignedData's list) and <see cref="NullReferenceException"/> (an absent mandatory field). Within these decoding
/// calls, and nowhere else, they mean "the input is malformed" and become a <see cref="DocumentFormatException"/>; the
/// same exceptions thrown while validating what was decoded are bugs, and propagate.
/// </summary>
internal static class CmsInput
{
    /// <summary>The activity event recorded each time a signature's CMS SignedData is decoded (docs/telemetry.md).</summary>
    public const string DecodedEvent = "bsre.cms.decoded";

    private const string Prefix = "The signature is not valid CMS SignedData: ";

    /// <summary>Opens a signature's SignedData for decoding, recording <see cref="DecodedEvent"/> on the current activity.</summary>
    public static CmsSignedDataParser Open(Stream signature)
    {
        Activity.Current?.AddEvent(new ActivityEvent(DecodedEvent));
        return Parse(() => new CmsSignedDataParser(signature));
    }

    /// <summary>Runs a decoding step, translating decoding errors into <see cref="DocumentFormatException"/>.</summary>
    public static T Parse<T>(Func<T> decode)
    {
        try
        {
            return decode();
        }
        catch (Exception e) when (CmsParseErrors.Is(e))
        {
            throw Malformed(e);
        }
    }

    /// <summary>Runs an asynchronous decoding step (reading encapsulated BER content), translating decoding errors.</summary>
    public static async Task<T> ParseAsync<T>(Func<Task<T>> decode)
    {
        try
        {
            return await decode().ConfigureAwait(false);
        }
        catch (Exception e) when (CmsParseErrors.Is(e))
        {
            throw Malformed(e);
        }
    }

    /// <summary>
    /// Decodes, eagerly, every part of each SignerInfo that BouncyCastle would otherwise decode on first use, and the
    /// attribute values validation reads (signing time, ESS signing certificate, certificate and revocation values), so
    /// that validation never meets a structure that fails to decode.
    /// </summary>
    public static SignerInformation[] Decoded(IEnumerable<SignerInformation> signers)
    {
        SignerInformation[] all = [.. signers];
        foreach (SignerInformation signer in all)
        {
            _ = signer.SignerID;
            _ = signer.DigestAlgorithmID;
            _ = signer.GetSignature();
            _ = signer.GetEncodedSignedAttributes();
            AttributeTable? signed = signer.SignedAttributes;
            _ = SignerAttributes.SigningTime(signed);
            _ = SignerAttributes.Single(signed, PkcsObjectIdentifiers.IdAASigningCertificateV2) is { } v2 ? SigningCertificateV2.GetInstance(v2).GetCerts() : null;
            _ = SignerAttributes.Single(signed, PkcsObjectIdentifiers.IdAASigningCertificate) is { } v1 ? SigningCertificate.GetInstance(v1).GetCerts() : null;
            _ = signer.UnsignedAttributes;
            _ = EmbeddedEvidence.Certificates(signer).ToList();
            _ = EmbeddedEvidence.FromSigner(signer);
        }

        return all;
    }

    // BouncyCastle's own messages name the malformation ("Bad sequence size: 3"); a null dereference or a failed cast
    // inside its decoder says nothing useful, so those get a plain description instead.
    private static DocumentFormatException Malformed(Exception e) => new(e switch
    {
        NullReferenceException => Prefix + "a mandatory field is missing.",
        InvalidCastException => Prefix + "an element has an unexpected type or tag.",
        KeyNotFoundException => Prefix + "a SignerInfo uses a digest algorithm the SignedData does not list.",
        _ => Prefix + e.Message,
    });
}
