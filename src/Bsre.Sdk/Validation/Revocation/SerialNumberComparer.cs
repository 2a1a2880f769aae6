using Bsre.Sdk.Internal;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>Compares serial numbers as DER INTEGER contents in minimal two's-complement form (see <see cref="Normalize"/>).</summary>
internal sealed class SerialNumberComparer : IEqualityComparer<byte[]>
{
    public static SerialNumberComparer Instance { get; } = new();

    /// <summary>
    /// Strips redundant sign bytes of a DER INTEGER's content (00 before a byte below 80, FF before
    /// a byte of 80 or more), so non-minimal encodings match while 00 FF (255) and FF (-1) stay distinct.
    /// </summary>
    public static byte[] Normalize(ReadOnlySpan<byte> serial)
    {
        int start = 0;
        while (start < serial.Length - 1
            && ((serial[start] == 0x00 && serial[start + 1] < 0x80) || (serial[start] == 0xFF && serial[start + 1] >= 0x80)))
        {
            start++;
        }

        return serial[start..].ToArray();
    }

    public bool Equals(byte[]? x, byte[]? y) => ByteArrayComparer.Instance.Equals(x, y);

    public int GetHashCode(byte[] obj) => ByteArrayComparer.Instance.GetHashCode(obj);
}
