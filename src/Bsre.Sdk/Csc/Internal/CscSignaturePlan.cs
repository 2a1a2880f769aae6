using System.Formats.Asn1;
using System.Security.Cryptography;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Csc.Internal;

/// <summary>
/// How one <see cref="SignatureRequest"/> is asked of <c>signatures/signHash</c> (CSC API v2.0 §11.10): the <c>signAlgo</c>
/// from the credential's <c>key/algo</c> (the hash-specific OID when listed, else the key OID with <c>hashAlgorithmOID</c>),
/// <c>signAlgoParams</c> for RSASSA-PSS (RFC 8017 A.2.3), and the answer turned into the value CMS wants.
/// </summary>
internal sealed record CscSignaturePlan(HashAlgorithmName Hash, SignatureScheme Scheme, string SignAlgorithm, byte[] Parameters)
{
    private const string RsaEncryption = "1.2.840.113549.1.1.1";
    private const string RsaPss = "1.2.840.113549.1.1.10";
    private const string EcPublicKey = "1.2.840.10045.2.1";

    public static CscSignaturePlan For(SignatureRequest request, CscCredential credential)
    {
        HashAlgorithmName hash = request.HashAlgorithm;
        IReadOnlyList<string> offered = credential.KeyAlgorithms;
        string? Pick(params string?[] candidates) => candidates.FirstOrDefault(c => c is not null && offered.Contains(c));
        string? algorithm = request.Scheme switch
        {
            SignatureScheme.RsaPkcs1 => Pick(SignatureAlgorithms.ToAlgorithmIdentifier(SignatureScheme.RsaPkcs1, hash).Algorithm.Id, RsaEncryption),
            SignatureScheme.RsaPss => Pick(RsaPss),
            SignatureScheme.Ecdsa => Pick(SignatureAlgorithms.ToAlgorithmIdentifier(SignatureScheme.Ecdsa, hash).Algorithm.Id, EcPublicKey),
            _ => null,
        };
        if (algorithm is null)
        {
            throw new CscException(CscErrorCode.AlgorithmNotSupported,
                $"The CSC credential '{credential.Id}' cannot make a {request.Scheme} signature with {hash.Name}: its key offers {string.Join(", ", offered)}.");
        }

        byte[] parameters = request.Scheme == SignatureScheme.RsaPss
            ? SignatureAlgorithms.ToAlgorithmIdentifier(SignatureScheme.RsaPss, hash).Parameters.ToAsn1Object().GetDerEncoded()
            : [];
        return new CscSignaturePlan(hash, request.Scheme, algorithm, parameters);
    }

    /// <summary>The value CMS wants: ECDSA as a DER Ecdsa-Sig-Value (RFC 5753 §7.2), which a service may give as r||s instead.</summary>
    public byte[] ToSignatureValue(byte[] answer) => Scheme == SignatureScheme.Ecdsa && !IsDerSignature(answer) && answer.Length % 2 == 0
        ? ToDer(answer)
        : answer;

    private static bool IsDerSignature(byte[] value)
    {
        try
        {
            var reader = new AsnReader(value, AsnEncodingRules.DER);
            AsnReader sequence = reader.ReadSequence();
            sequence.ReadIntegerBytes();
            sequence.ReadIntegerBytes();
            return !sequence.HasData && !reader.HasData;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    private static byte[] ToDer(byte[] p1363)
    {
        int half = p1363.Length / 2;
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteIntegerUnsigned(p1363.AsSpan(0, half));
            writer.WriteIntegerUnsigned(p1363.AsSpan(half));
        }

        return writer.Encode();
    }
}
