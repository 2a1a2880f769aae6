using System.Globalization;
using Bsre.Sdk.Pdf.Appearance.Fonts;
using Bsre.Sdk.Pdf.PdfA;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Appearance;

/// <summary>
/// Draws a visible signature's normal appearance: optional image on the left, optional QR code on the
/// right, and the signer / date / reason / location lines fitted in between.
/// </summary>
internal sealed class SignatureAppearanceBuilder(PdfSignatureAppearance appearance, IReadOnlyList<string> lines, int pageRotation = 0)
{
    private const double Padding = 2;
    private readonly PdfImage? _image = appearance.Image is { IsEmpty: false } bytes ? ImageDecoder.Decode(bytes.Span) : null;
    private readonly FontSubset? _font = appearance.ShowText ? new FontSubset(AppearanceFonts.For(appearance), lines) : null;

    public static IReadOnlyList<string> Lines(string signer, DateTimeOffset time, string? reason, string? location)
    {
        var lines = new List<string>
        {
            "Digitally signed by " + signer,
            "Date: " + time.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
        };
        if (!string.IsNullOrEmpty(reason))
        {
            lines.Add("Reason: " + reason);
        }

        if (!string.IsNullOrEmpty(location))
        {
            lines.Add("Location: " + location);
        }

        return lines;
    }

    public PdfStream Build(IncrementalUpdate update, double[] rect)
    {
        double width = Math.Abs(rect[2] - rect[0]), height = Math.Abs(rect[3] - rect[1]);
        if (pageRotation is 90 or 270)
        {
            (width, height) = (height, width);
        }

        using var content = new ContentBuilder();
        var resources = new PdfDictionary();
        PdfAProfile? pdfa = PdfAProfile.Read(update.File);
        double left = Padding, right = width - Padding;
        bool text = _font is not null;
        if (appearance.QrCodeUrl is { } url)
        {
            double size = Math.Min(height - (2 * Padding), text || _image is not null ? width / 3 : width - (2 * Padding));
            QrCodeDrawer.Draw(content, url, right - size, (height - size) / 2, size);
            right -= size + Padding;
        }

        if (_image is not null)
        {
            double boxWidth = text ? (right - left) / 3 : right - left;
            double scale = Math.Min(boxWidth / _image.Width, (height - (2 * Padding)) / _image.Height);
            double w = _image.Width * scale, h = _image.Height * scale;
            resources["XObject"] = new PdfDictionary { ["Im1"] = (pdfa is null ? _image : PdfAColours.Conform(pdfa, _image)).AddTo(update) };
            content.Draw("Im1", left, (height - h) / 2, w, h);
            left += w + Padding;
        }

        if (_font is not null)
        {
            double size = ContentBuilder.FitFontSize(lines, _font, right - left, height - (2 * Padding), 10);
            double y = height - Padding - size;
            content.Op("0 g");
            foreach (string line in lines)
            {
                content.Text(_font.Encode(line), left, y, size);
                y -= size * 1.2;
            }

            resources["Font"] = new PdfDictionary { ["F1"] = _font.AddTo(update) };
        }

        if (pdfa is not null)
        {
            PdfAColours.AddDefaultColourSpaces(pdfa, resources);
        }

        PdfStream form = ContentBuilder.Form(width, height, resources, content.ToArray());
        if (pageRotation != 0)
        {
            // the viewer turns the page clockwise by /Rotate; turn the drawing back so it reads upright
            double radians = pageRotation * Math.PI / 180;
            form.Dictionary["Matrix"] = PdfArray.OfNumbers(Math.Round(Math.Cos(radians)), Math.Round(Math.Sin(radians)), -Math.Round(Math.Sin(radians)), Math.Round(Math.Cos(radians)), 0, 0);
        }

        return form;
    }
}
