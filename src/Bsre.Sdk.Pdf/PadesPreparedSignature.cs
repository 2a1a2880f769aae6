using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Pdf;

/// <summary>
/// The state between <see cref="PadesTwoPhaseSigner.PrepareAsync"/> and completion: the ByteRange
/// digest to sign and where the signature goes in the prepared document. Serialise it with
/// <see cref="ToJson"/> to complete in another process; it holds no document content and no secret.
/// </summary>
/// <remarks>
/// The JSON names the scheme as <c>"signatureScheme": "RsaPss"</c> (absent for the key's own scheme). A state written
/// before that field existed, with <c>"rsaPss": true</c> or <c>false</c>, is still read (as <see cref="SignatureScheme.RsaPss"/>
/// or the key's own scheme), so a document prepared by an earlier build can be completed by this one.
/// </remarks>
public sealed class PadesPreparedSignature
{
    private const int FormatVersion = 1;

    internal PadesPreparedSignature(byte[] documentDigest, HashAlgorithmName hashAlgorithm, long contentsOffset, int contentsCapacity, long preparedLength, SignatureScheme? signatureScheme)
    {
        DocumentDigest = documentDigest;
        HashAlgorithm = hashAlgorithm;
        ContentsOffset = contentsOffset;
        ContentsCapacity = contentsCapacity;
        PreparedLength = preparedLength;
        SignatureScheme = signatureScheme;
    }

    /// <summary>Gets the digest of the ByteRange: the CMS messageDigest a remote CMS signer must sign.</summary>
    public ReadOnlyMemory<byte> DocumentDigest { get; }

    /// <summary>Gets the algorithm of <see cref="DocumentDigest"/>.</summary>
    public HashAlgorithmName HashAlgorithm { get; }

    /// <summary>Gets the offset of the '&lt;' that opens /Contents in the prepared document.</summary>
    public long ContentsOffset { get; }

    /// <summary>Gets the largest CMS, in bytes, that fits into /Contents.</summary>
    public int ContentsCapacity { get; }

    /// <summary>Gets the length of the prepared document.</summary>
    public long PreparedLength { get; }

    /// <summary>Gets the signature scheme the signature value is expected in, or <see langword="null"/> for the key's own (see <see cref="PadesSignatureOptions.SignatureScheme"/>).</summary>
    public SignatureScheme? SignatureScheme { get; }

    /// <summary>Serialises the state as JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteString("digest", Convert.ToBase64String(DocumentDigest.Span));
            json.WriteString("hash", HashAlgorithm.Name);
            json.WriteNumber("contentsOffset", ContentsOffset);
            json.WriteNumber("contentsCapacity", ContentsCapacity);
            json.WriteNumber("preparedLength", PreparedLength);
            if (SignatureScheme is { } scheme)
            {
                json.WriteString("signatureScheme", scheme.ToString());
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a state written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The state.</returns>
    /// <exception cref="DocumentFormatException">The text is not a prepared-signature state.</exception>
    public static PadesPreparedSignature FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            if (root.GetProperty("version").GetInt32() != FormatVersion)
            {
                throw new DocumentFormatException("The prepared-signature state has an unknown version.");
            }

            return new PadesPreparedSignature(
                Convert.FromBase64String(root.GetProperty("digest").GetString()!),
                new HashAlgorithmName(root.GetProperty("hash").GetString()),
                root.GetProperty("contentsOffset").GetInt64(),
                root.GetProperty("contentsCapacity").GetInt32(),
                root.GetProperty("preparedLength").GetInt64(),
                SchemeOf(root));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new DocumentFormatException("The text is not a prepared-signature state: " + e.Message, e);
        }
    }

    /// <summary>Reads the scheme: <c>signatureScheme</c>, or the <c>rsaPss</c> flag of a state written before it existed.</summary>
    private static SignatureScheme? SchemeOf(JsonElement root)
    {
        if (root.TryGetProperty("signatureScheme", out JsonElement scheme))
        {
            return Enum.TryParse(scheme.GetString(), out SignatureScheme value) && Enum.IsDefined(value)
                ? value
                : throw new DocumentFormatException($"The prepared-signature state names an unknown signature scheme '{scheme.GetString()}'.");
        }

        return root.TryGetProperty("rsaPss", out JsonElement rsaPss) && rsaPss.GetBoolean() ? Sdk.Signing.SignatureScheme.RsaPss : null;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{HashAlgorithm.Name} {Convert.ToHexString(DocumentDigest.Span)} at {ContentsOffset}");
}
