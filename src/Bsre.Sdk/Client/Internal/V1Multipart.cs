using System.Globalization;
using System.Net.Http.Headers;

namespace Bsre.Sdk.Client.Internal;

/// <summary>Builds the v1 multipart bodies; the PDF and image are streamed from the caller's streams.</summary>
internal static class V1Multipart
{
    public static MultipartFormDataContent ForSign(SignV1Request request, Stream document)
    {
        var form = new MultipartFormDataContent();
        form.Add(Pdf(document), "file", request.FileName);
        Add(form, "nik", request.Nik);
        Add(form, "passphrase", request.Passphrase);
        Add(form, "tampilan", request.Appearance == SignatureAppearance.Visible ? "visible" : "invisible");
        if (request.Appearance == SignatureAppearance.Visible)
        {
            Add(form, "image", request.Image is null ? "false" : "true");
            if (request.Image is not null)
            {
                var image = new UnownedStreamContent(request.Image);
                image.Headers.ContentType = new MediaTypeHeaderValue("image/png");
                form.Add(image, "imageTTD", "specimen.png");
            }

            Add(form, "linkQR", request.QrLink?.AbsoluteUri);
            Add(form, "page", request.Page);
            Add(form, "xAxis", request.X);
            Add(form, "yAxis", request.Y);
            Add(form, "width", request.Width);
            Add(form, "height", request.Height);
            Add(form, "tag_koordinat", request.AnchorText);
        }

        Add(form, "reason", request.Reason);
        Add(form, "location", request.Location);
        Add(form, "jenis_response", request.ResponseFormat == V1ResponseFormat.Base64 ? "BASE64" : "BYTE");
        return form;
    }

    public static MultipartFormDataContent ForVerify(Stream document)
    {
        var form = new MultipartFormDataContent();
        form.Add(Pdf(document), "signed_file", "document.pdf");
        return form;
    }

    private static UnownedStreamContent Pdf(Stream document)
    {
        var content = new UnownedStreamContent(document);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return content;
    }

    private static void Add(MultipartFormDataContent form, string name, string? value)
    {
        if (value is not null)
        {
            form.Add(new StringContent(value), name);
        }
    }

    private static void Add(MultipartFormDataContent form, string name, double? value) => Add(form, name, value?.ToString(CultureInfo.InvariantCulture));

    private static void Add(MultipartFormDataContent form, string name, int? value) => Add(form, name, value?.ToString(CultureInfo.InvariantCulture));
}
