using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Cms;

/// <summary>
/// A CMS SignedData (RFC 5652 §5) decoded once: what a signature container carries, as BCL types, and the decoded form
/// <see cref="CadesValidator.ValidateAsync(CmsSignature, Stream?, CancellationToken)"/> validates without decoding it
/// again (a PDF signature validated now and, past-signature validation, at the time a timestamp proves). Immutable and
/// safe to share between threads. For large attached content, validate the stream instead: this type holds the CMS,
/// and its encapsulated content, in memory.
/// </summary>
/// <example>
/// <code>
/// CmsSignature signature = CmsSignature.Decode(File.ReadAllBytes("contract.p7s"));
/// X509Certificate2? signer = signature.Signers[0].Certificate;
/// await using var content = File.OpenRead("contract.pdf");
/// ValidationReport report = await new CadesValidator(options).ValidateAsync(signature, content);
/// </code>
/// </example>
public sealed class CmsSignature
{
    private readonly string _contentType;
    private readonly byte[]? _encapsulated;

    private CmsSignature(DecodedSignedData decoded, string contentType, byte[]? encapsulated)
    {
        Decoded = decoded;
        _contentType = contentType;
        _encapsulated = encapsulated;
        Signers = [.. decoded.Signers.Select(s => new CmsSignerInfo(s, decoded.Certificates))];
        Crls = [.. decoded.Evidence.Crls.Select(c => (ReadOnlyMemory<byte>)c)];
        OcspResponses = [.. decoded.Evidence.OcspResponses.Select(r => (ReadOnlyMemory<byte>)r)];
    }

    /// <summary>Gets the type of the encapsulated content (eContentType): id-data for signatures, id-ct-TSTInfo for timestamp tokens.</summary>
    public Oid ContentType => new(_contentType);

    /// <summary>Gets whether the SignedData carries no content (a detached signature: the content is given when validating).</summary>
    public bool IsDetached => _encapsulated is null;

    /// <summary>Gets the encapsulated content; empty for a detached signature (see <see cref="IsDetached"/>).</summary>
    public ReadOnlyMemory<byte> EncapsulatedContent => _encapsulated;

    /// <summary>Gets the certificates of the SignedData certificates field, in their order.</summary>
    public IReadOnlyList<X509Certificate2> Certificates => Decoded.Certificates;

    /// <summary>Gets the SignerInfos, in their order.</summary>
    public IReadOnlyList<CmsSignerInfo> Signers { get; }

    /// <summary>Gets the DER CRLs of the SignedData crls field.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Crls { get; }

    /// <summary>Gets the DER OCSP responses (OCSPResponse) of the SignedData crls field (RFC 5940 other revocation info, BasicOCSPResponse as EU DSS writes it included).</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> OcspResponses { get; }

    internal DecodedSignedData Decoded { get; }

    /// <summary>Gets the encapsulated content, not copied, or <see langword="null"/> when detached.</summary>
    internal byte[]? Encapsulated => _encapsulated;

    /// <summary>Decodes a CMS SignedData (DER or BER; ContentInfo-wrapped, as RFC 5652 §3 sends it).</summary>
    /// <param name="encoded">The CMS; bytes after its end are ignored.</param>
    /// <returns>The decoded signature.</returns>
    /// <exception cref="DocumentFormatException">The bytes are not a CMS SignedData (garbage, truncated, empty, another content type).</exception>
    public static CmsSignature Decode(ReadOnlyMemory<byte> encoded)
    {
        if (encoded.IsEmpty)
        {
            throw new DocumentFormatException("The signature is empty: no CMS SignedData to decode.");
        }

        using var input = MemoryMarshal.TryGetArray(encoded, out ArraySegment<byte> segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(encoded.ToArray(), writable: false);
        using var parser = CmsInput.Open(input);
        byte[]? encapsulated = CmsInput.Parse(() => ReadContent(parser));
        DecodedSignedData decoded = DecodedSignedData.Read(parser);
        return CmsInput.Parse(() => new CmsSignature(decoded, parser.SignedContentType.Id, encapsulated));
    }

    /// <summary>Decodes a CMS SignedData, or says it is not one.</summary>
    /// <param name="encoded">The CMS; bytes after its end are ignored.</param>
    /// <param name="signature">The decoded signature, or <see langword="null"/>.</param>
    /// <returns>Whether <paramref name="encoded"/> is a CMS SignedData.</returns>
    public static bool TryDecode(ReadOnlyMemory<byte> encoded, [NotNullWhen(true)] out CmsSignature? signature)
    {
        try
        {
            signature = Decode(encoded);
            return true;
        }
        catch (DocumentFormatException)
        {
            signature = null;
            return false;
        }
    }

    private static byte[]? ReadContent(Org.BouncyCastle.Cms.CmsSignedDataParser parser)
    {
        if (parser.GetSignedContent()?.ContentStream is not { } content)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return buffer.ToArray();
    }
}
