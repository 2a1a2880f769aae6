namespace Bsre.Sdk.Validation.Revocation;

/// <summary>Compares serial numbers by their big-endian magnitude bytes (leading zero bytes removed, see <see cref="Normalize"/>).</summary>
internal sealed class SerialNumberComparer : IEqualityComparer<byte[]>
{
    public static SerialNumberComparer Instance { get; } = new();

    /// <summary>Strips the leading zero bytes of a DER INTEGER's content, so 00 8F and 8F compare equal.</summary>
    public static byte[] Normalize(ReadOnlySpan<byte> serial)
    {
        int start = 0;
        while (start < serial.Length - 1 && serial[start] == 0)
        {
            start++;
        }

        return serial[start..].ToArray();
    }

    public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(byte[] obj)
    {
        var hash = default(HashCode);
        hash.AddBytes(obj);
        return hash.ToHashCode();
    }
}
