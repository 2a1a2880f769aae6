using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>
/// The common outer shape of certificates, CRLs and BasicOCSPResponses: SEQUENCE { tbs, signatureAlgorithm, BIT STRING }.
/// The to-be-signed bytes are sliced from the input as they are (no re-encoding), so the signature is checked over exactly
/// what the signer signed, and verified with .NET crypto (<see cref="VerificationKeys"/>).
/// </summary>
internal readonly struct SignedStructure
{
    private SignedStructure(ReadOnlyMemory<byte> tbs, AlgorithmIdentifier algorithm, byte[] signature)
    {
        Tbs = tbs;
        Algorithm = algorithm;
        Signature = signature;
    }

    /// <summary>Gets the DER of the to-be-signed part (tbsCertificate, tbsCertList, tbsResponseData).</summary>
    public ReadOnlyMemory<byte> Tbs { get; }

    /// <summary>Gets the signature algorithm.</summary>
    public AlgorithmIdentifier Algorithm { get; }

    /// <summary>Gets the signature value.</summary>
    public byte[] Signature { get; }

    /// <summary>Splits a signed structure; data after it is an error, and so are further fields unless <paramref name="moreFields"/> (BasicOCSPResponse certs).</summary>
    /// <exception cref="RevocationException"><see cref="RevocationFailure.Malformed"/>.</exception>
    public static SignedStructure Split(ReadOnlyMemory<byte> der, string what, bool moreFields = false)
    {
        try
        {
            var outer = new AsnReader(der, AsnEncodingRules.BER);
            AsnReader sequence = outer.ReadSequence();
            outer.ThrowIfNotEmpty();
            ReadOnlyMemory<byte> tbs = sequence.ReadEncodedValue();
            ReadOnlyMemory<byte> algorithm = sequence.ReadEncodedValue();
            byte[] signature = sequence.ReadBitString(out int unusedBits);
            if (!moreFields)
            {
                sequence.ThrowIfNotEmpty();
            }

            if (unusedBits != 0)
            {
                throw new AsnContentException("The signature BIT STRING has unused bits.");
            }

            return new SignedStructure(tbs, AlgorithmIdentifier.GetInstance(Asn1Object.FromByteArray(algorithm.ToArray())), signature);
        }
        catch (Exception e) when (ParseErrors.Is(e))
        {
            throw ParseErrors.Malformed(what, e);
        }
    }

    /// <summary>Returns whether the signature verifies with <paramref name="signer"/>'s public key.</summary>
    /// <exception cref="RevocationException"><see cref="RevocationFailure.Unsupported"/> for unknown algorithms.</exception>
    public bool VerifyWith(X509Certificate2 signer, string what) => VerifyWith(signer.PublicKey.ExportSubjectPublicKeyInfo(), what);

    /// <summary>Returns whether the signature verifies with the key <paramref name="subjectPublicKeyInfo"/> (DER).</summary>
    /// <exception cref="RevocationException"><see cref="RevocationFailure.Unsupported"/> for unknown algorithms.</exception>
    public bool VerifyWith(byte[] subjectPublicKeyInfo, string what)
    {
        try
        {
            return VerificationKeys.Verify(Algorithm, subjectPublicKeyInfo, Tbs.Span, Signature);
        }
        catch (NotSupportedException e)
        {
            throw new RevocationException(RevocationFailure.Unsupported, $"The {what} uses an unsupported signature: {e.Message}", e);
        }
        catch (Exception e) when (ParseErrors.Is(e))
        {
            return false;
        }
    }
}
