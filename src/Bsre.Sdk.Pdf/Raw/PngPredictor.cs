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

        long colors = (parms!["Colors"] as PdfNumber)?.LongValue ?? 1;
        long bits = (parms["BitsPerComponent"] as PdfNumber)?.LongValue ?? 8;
        long columns = (parms["Columns"] as PdfNumber)?.LongValue ?? 1;
        // ISO 32000-1 Table 8: Colors ≥ 1 (at most 32 here), BitsPerComponent 1, 2, 4, 8 or 16, Columns ≥ 1
        if (colors is < 1 or > 32 || bits is not (1 or 2 or 4 or 8 or 16) || columns < 1)
        {
            throw PdfFormat.Error($"bad PNG predictor parameters /Colors {colors} /BitsPerComponent {bits} /Columns {columns}");
        }

        long row = ((colors * Math.Min(columns, data.Length + 1L) * bits) + 7) / 8;
        if (row >= data.Length)
        {
            return []; // not one whole row
        }

        int bpp = (int)Math.Max(1, colors * bits / 8);
        int rowLength = (int)row;
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
