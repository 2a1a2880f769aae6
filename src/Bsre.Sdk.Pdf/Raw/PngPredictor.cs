namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Reverses the PNG predictors (10–15) of a FlateDecode stream, as used by cross-reference streams.</summary>
internal static class PngPredictor
{
    public static byte[] Undo(byte[] data, PdfDictionary? parms)
    {
        long predictor = (parms?["Predictor"] as PdfNumber)?.LongValue ?? 1;
        if (predictor < 10)
        {
            if (predictor != 1)
            {
                throw PdfFormat.Error($"predictor {predictor} is not supported");
            }

            return data;
        }

        int colors = (int)((parms!["Colors"] as PdfNumber)?.LongValue ?? 1);
        int bits = (int)((parms["BitsPerComponent"] as PdfNumber)?.LongValue ?? 8);
        int columns = (int)((parms["Columns"] as PdfNumber)?.LongValue ?? 1);
        int bpp = Math.Max(1, colors * bits / 8);
        int rowLength = ((colors * bits * columns) + 7) / 8;
        int rows = data.Length / (rowLength + 1);
        byte[] output = new byte[rows * rowLength];
        for (int r = 0; r < rows; r++)
        {
            int type = data[r * (rowLength + 1)];
            int src = (r * (rowLength + 1)) + 1;
            int dst = r * rowLength;
            for (int i = 0; i < rowLength; i++)
            {
                int left = i >= bpp ? output[dst + i - bpp] : 0;
                int up = r > 0 ? output[dst - rowLength + i] : 0;
                int upLeft = r > 0 && i >= bpp ? output[dst - rowLength + i - bpp] : 0;
                int x = data[src + i];
                output[dst + i] = (byte)(type switch
                {
                    0 => x,
                    1 => x + left,
                    2 => x + up,
                    3 => x + ((left + up) / 2),
                    4 => x + Paeth(left, up, upLeft),
                    _ => throw PdfFormat.Error($"bad PNG predictor row type {type}"),
                });
            }
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
