using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Bsre.Sdk.Pdf;

/// <summary>
/// The state between <see cref="PadesTwoPhaseSigner.PrepareAsync"/> and completion: the ByteRange
/// digest to sign and where the signature goes in the prepared document. Serialise it with
/// <see cref="ToJson"/> to complete in another process; it holds no document content and no secret.
/// </summary>
public sealed class PadesPreparedSignature
{
    private const int FormatVersion = 1;

    internal PadesPreparedSignature(byte[] documentDigest, HashAlgorithmName hashAlgorithm, long contentsOffset, int contentsCapacity, long preparedLength, bool useRsaPss)
    {
        DocumentDigest = documentDigest;
        HashAlgorithm = hashAlgorithm;
        ContentsOffset = contentsOffset;
        ContentsCapacity = contentsCapacity;
        PreparedLength = preparedLength;
        UseRsaPss = useRsaPss;
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

    /// <summary>Gets whether an RSA signature value is expected as RSA-PSS.</summary>
    public bool UseRsaPss { get; }

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
            json.WriteBoolean("rsaPss", UseRsaPss);
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
                root.GetProperty("rsaPss").GetBoolean());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new DocumentFormatException("The text is not a prepared-signature state: " + e.Message, e);
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{HashAlgorithm.Name} {Convert.ToHexString(DocumentDigest.Span)} at {ContentsOffset}");
}
