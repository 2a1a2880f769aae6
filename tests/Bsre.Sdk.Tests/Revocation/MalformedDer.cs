namespace Bsre.Sdk.Tests.Revocation;

/// <summary>Damaged variants of a DER structure: truncations, wrong outer tags, lengths claiming up to 2^31 bytes, noise.</summary>
public static class MalformedDer
{
    /// <summary>Returns named damaged copies of <paramref name="der"/> (which must start with a long-form SEQUENCE header).</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Variants(byte[] der)
    {
        yield return ("empty", []);
        yield return ("one byte", [0x30]);
        yield return ("header only", der[..4]);
        yield return ("truncated by one", der[..^1]);
        yield return ("half", der[..(der.Length / 2)]);
        yield return ("trailing garbage", [.. der, 0x00, 0x01]);
        yield return ("wrong outer tag (SET)", With(der, 0, 0x31));
        yield return ("wrong outer tag (OCTET STRING)", With(der, 0, 0x04));
        yield return ("huge length 2^31-1", [0x30, 0x84, 0x7F, 0xFF, 0xFF, 0xFF, .. der[4..]]);
        yield return ("huge length 2^32-1", [0x30, 0x84, 0xFF, 0xFF, 0xFF, 0xFF, .. der[4..]]);
        yield return ("9-byte length", [0x30, 0x89, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, .. der[4..]]);
        yield return ("indefinite length without end", [0x30, 0x80, .. der[4..]]);
        yield return ("inner tag damaged", With(der, 4, 0x02));
        yield return ("inner length damaged", With(der, 5, 0x84));
        yield return ("random noise", NoiseOf(der.Length));
        yield return ("deep nesting", Nested(100_000));
        yield return ("deep nesting inside a signed structure", DeeplyNestedSigned(50_000));
        for (int i = 8; i < der.Length; i += Math.Max(1, der.Length / 24))
        {
            yield return ($"byte {i} flipped", With(der, i, (byte)(der[i] ^ 0xFF)));
        }
    }

    private static byte[] With(byte[] der, int index, byte value)
    {
        byte[] copy = (byte[])der.Clone();
        copy[index] = value;
        return copy;
    }

    private static byte[] NoiseOf(int length)
    {
        byte[] noise = new byte[length];
        new Random(42).NextBytes(noise);
        return noise;
    }

    /// <summary>SEQUENCE { deep nesting (terminated), AlgorithmIdentifier, BIT STRING }: passes the outer split, reaches the inner parser.</summary>
    private static byte[] DeeplyNestedSigned(int depth)
    {
        var inner = new List<byte>(depth * 4);
        for (int i = 0; i < depth; i++)
        {
            inner.AddRange([0x30, 0x80]);
        }

        for (int i = 0; i < depth; i++)
        {
            inner.AddRange([0x00, 0x00]);
        }

        byte[] algorithm = [0x30, 0x0D, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x0B, 0x05, 0x00];
        byte[] signature = [0x03, 0x02, 0x00, 0x00];
        return [0x30, 0x80, .. inner, .. algorithm, .. signature, 0x00, 0x00];
    }

    /// <summary>SEQUENCE { SEQUENCE { ... } } with indefinite lengths, <paramref name="depth"/> deep.</summary>
    private static byte[] Nested(int depth)
    {
        byte[] bytes = new byte[depth * 4];
        for (int i = 0; i < depth; i++)
        {
            bytes[2 * i] = 0x30;
            bytes[(2 * i) + 1] = 0x80;
        }

        return bytes;
    }
}
