using QRCoder;

namespace Bsre.Sdk.Pdf.Appearance;

/// <summary>Draws a QR code (QRCoder, error correction M) as filled vector rectangles, one per run of dark modules.</summary>
internal static class QrCodeDrawer
{
    public static void Draw(ContentBuilder content, Uri url, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using QRCodeData data = generator.CreateQrCode(url.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        int n = matrix.Count;
        double module = size / n;
        content.Op("q 0 g");
        for (int row = 0; row < n; row++)
        {
            double top = y + size - ((row + 1) * module);
            for (int col = 0; col < n;)
            {
                if (!matrix[row][col])
                {
                    col++;
                    continue;
                }

                int start = col;
                while (col < n && matrix[row][col])
                {
                    col++;
                }

                content.Op("re", x + (start * module), top, (col - start) * module, module);
            }
        }

        content.Op("f Q");
    }
}
