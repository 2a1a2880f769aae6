namespace Bsre.Sdk.Cms;

/// <summary>DER tag-and-length headers, for writing SignedData around streamed content.</summary>
internal static class DerLength
{
    public static byte[] Header(byte tag, long length)
    {
        if (length < 0x80)
        {
            return [tag, (byte)length];
        }

        int size = 0;
        for (long l = length; l > 0; l >>= 8)
        {
            size++;
        }

        byte[] header = new byte[2 + size];
        header[0] = tag;
        header[1] = (byte)(0x80 | size);
        for (int i = 0; i < size; i++)
        {
            header[header.Length - 1 - i] = (byte)(length >> (8 * i));
        }

        return header;
    }
}
