using System.Text;

namespace Bsre.Sdk.Pdf.Tests.Hostile;

/// <summary>
/// Deterministic mutations of signed PDFs and CMS files, as the fuzz run behind issue 18 made them: bit flips, chunk
/// edits and truncation, plus PDF-aware edits (numbers such as /Length, /N, /First, /Prev, offsets and /ByteRange
/// values replaced with extreme ones or with references, brackets nested deep) and ASN.1-aware edits (a tag, a length
/// or a content byte of one TLV of the structure).
/// </summary>
internal static class Mutator
{
    private static readonly string[] Numbers =
        ["0", "-1", "1", "-5", "7", "255", "65536", "2147483647", "-2147483648", "4294967296", "9999999999", "100000000", "1e308", "5 0 R", "1 0 R", "0 0 R"];

    public static byte[] Pdf(byte[] seed, Random random)
    {
        byte[] data = seed;
        int edits = 1 + random.Next(3);
        for (int i = 0; i < edits && data.Length > 0; i++)
        {
            data = random.Next(8) switch
            {
                0 or 1 or 2 => ReplaceNumber(data, random),
                3 => FlipBits(data, random),
                4 => Splice(data, random),
                5 => Nest(data, random),
                6 => Truncate(data, random),
                _ => Overwrite(data, random),
            };
        }

        return data;
    }

    public static byte[] Cms(byte[] seed, Random random)
    {
        byte[] data = seed;
        int edits = 1 + random.Next(2);
        for (int i = 0; i < edits && data.Length > 0; i++)
        {
            data = random.Next(6) switch
            {
                0 or 1 or 2 => EditTlv(data, random),
                3 => FlipBits(data, random),
                4 => Truncate(data, random),
                _ => Splice(data, random),
            };
        }

        return data;
    }

    private static byte[] FlipBits(byte[] data, Random random)
    {
        byte[] copy = (byte[])data.Clone();
        for (int i = 1 + random.Next(4); i > 0; i--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] Overwrite(byte[] data, Random random)
    {
        byte[] copy = (byte[])data.Clone();
        int at = random.Next(copy.Length);
        for (int i = at; i < Math.Min(copy.Length, at + 1 + random.Next(8)); i++)
        {
            copy[i] = (byte)random.Next(256);
        }

        return copy;
    }

    private static byte[] Truncate(byte[] data, Random random) => data[..random.Next(data.Length)];

    /// <summary>Deletes a chunk, or copies one to another place.</summary>
    private static byte[] Splice(byte[] data, Random random)
    {
        int at = random.Next(data.Length);
        int length = Math.Min(data.Length - at, 1 + random.Next(256));
        if (random.Next(2) == 0)
        {
            return [.. data[..at], .. data[(at + length)..]];
        }

        int to = random.Next(data.Length);
        return [.. data[..to], .. data.AsSpan(at, length), .. data[to..]];
    }

    /// <summary>Replaces the number at or after a random position with an extreme value or a reference.</summary>
    private static byte[] ReplaceNumber(byte[] data, Random random)
    {
        int start = random.Next(data.Length);
        while (start < data.Length && !char.IsAsciiDigit((char)data[start]))
        {
            start++;
        }

        int end = start;
        while (end < data.Length && char.IsAsciiDigit((char)data[end]))
        {
            end++;
        }

        return start >= data.Length
            ? data
            : [.. data[..start], .. Encoding.ASCII.GetBytes(Numbers[random.Next(Numbers.Length)]), .. data[end..]];
    }

    /// <summary>Opens brackets or dictionaries many levels deep at a random position.</summary>
    private static byte[] Nest(byte[] data, Random random)
    {
        string open = random.Next(2) == 0 ? "[" : "<</A ";
        int depth = random.Next(2) == 0 ? 1 + random.Next(64) : 1000 + random.Next(20000);
        int at = random.Next(data.Length);
        return [.. data[..at], .. Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(open, depth))), .. data[at..]];
    }

    /// <summary>Edits the tag, the length or a content byte of a TLV found by walking the DER structure from the start.</summary>
    private static byte[] EditTlv(byte[] data, Random random)
    {
        var headers = new List<(int Tag, int Length, int Content)>();
        Walk(data, 0, data.Length, headers, 0);
        if (headers.Count == 0)
        {
            return FlipBits(data, random);
        }

        var (tag, length, content) = headers[random.Next(headers.Count)];
        byte[] copy = (byte[])data.Clone();
        switch (random.Next(5))
        {
            case 0:
                copy[tag] = (byte)(random.Next(2) == 0 ? random.Next(256) : copy[tag] ^ 0x20); // any tag, or constructed ⇄ primitive
                return copy;
            case 1:
                copy[length] = (byte)(copy[length] + random.Next(-2, 3));
                return copy;
            case 2:
                byte[] huge = [0x84, 0x7F, 0xFF, 0xFF, 0xFF];
                return [.. data[..length], .. random.Next(2) == 0 ? huge : [0x80], .. data[content..]];
            case 3:
                return [.. data[..tag], .. data[content..]]; // the header dropped, its content promoted
            default:
                if (content < copy.Length)
                {
                    copy[content + random.Next(Math.Min(4, copy.Length - content))] = (byte)random.Next(256);
                }

                return copy;
        }
    }

    private static void Walk(byte[] data, int at, int end, List<(int Tag, int Length, int Content)> headers, int depth)
    {
        while (at + 2 <= end && depth < 32 && headers.Count < 4096)
        {
            int tag = at;
            bool constructed = (data[at] & 0x20) != 0;
            int lengthAt = at + 1;
            int length = data[lengthAt];
            int content = lengthAt + 1;
            if (length > 0x80)
            {
                int bytes = length & 0x7F;
                if (bytes > 3 || content + bytes > end)
                {
                    return;
                }

                length = 0;
                for (int i = 0; i < bytes; i++)
                {
                    length = (length << 8) | data[content++];
                }
            }
            else if (length == 0x80)
            {
                return;
            }

            if (content + length > end)
            {
                return;
            }

            headers.Add((tag, lengthAt, content));
            if (constructed)
            {
                Walk(data, content, content + length, headers, depth + 1);
            }

            at = content + length;
        }
    }
}
