using System.Buffers.Binary;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>One cached OCSP response or CRL: its raw DER, when it stops being fresh, and its parsed form once parsed.</summary>
internal sealed class RevocationCacheEntry
{
    private object? _parsed;

    public RevocationCacheEntry(byte[] der, DateTimeOffset expiresAt, object? parsed = null)
    {
        Der = der;
        ExpiresAt = expiresAt;
        _parsed = parsed;
    }

    /// <summary>Gets the raw DER as fetched.</summary>
    public byte[] Der { get; }

    /// <summary>Gets when the entry must no longer be served (nextUpdate, or thisUpdate + MaxAgeWithoutNextUpdate).</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Gets the parsed form, parsing once (thread-safe; a race parses twice and keeps one).</summary>
    public T GetParsed<T>(Func<byte[], T> parse)
        where T : class
    {
        if (_parsed is T parsed)
        {
            return parsed;
        }

        T fresh = parse(Der);
        return Interlocked.CompareExchange(ref _parsed, fresh, null) as T ?? fresh;
    }

    /// <summary>Serialises for a distributed cache: 8-byte big-endian Unix milliseconds of <see cref="ExpiresAt"/>, then the DER.</summary>
    public byte[] Serialize()
    {
        byte[] value = new byte[8 + Der.Length];
        BinaryPrimitives.WriteInt64BigEndian(value, ExpiresAt.ToUnixTimeMilliseconds());
        Der.CopyTo(value, 8);
        return value;
    }

    /// <summary>Reads what <see cref="Serialize"/> wrote, or <see langword="null"/> for anything else.</summary>
    public static RevocationCacheEntry? Deserialize(byte[]? value)
    {
        if (value is null || value.Length <= 8)
        {
            return null;
        }

        long milliseconds = BinaryPrimitives.ReadInt64BigEndian(value);
        if (milliseconds < 0 || milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return null;
        }

        return new RevocationCacheEntry(value[8..], DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));
    }
}
