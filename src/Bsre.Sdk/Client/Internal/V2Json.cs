using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Bsre.Sdk.Client.Internal;

/// <summary>Writes the v2 and seal JSON bodies.</summary>
internal static class V2Json
{
    public static HttpContent Small(Action<Utf8JsonWriter> writeProperties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = Encoding.UTF8.WebName };
        return content;
    }

    public static void Signer(Utf8JsonWriter writer, SignerId signer) => writer.WriteString(signer.Nik is null ? "email" : "nik", signer.Value);

    public static void Documents(Utf8JsonWriter writer, IEnumerable<SignDocument> documents)
    {
        writer.WritePropertyName("signatureProperties");
        writer.WriteStartArray();
        foreach (SignDocument document in documents)
        {
            Properties(writer, document.Properties);
        }

        writer.WriteEndArray();
    }

    private static void Properties(Utf8JsonWriter writer, SignatureProperties properties)
    {
        writer.WriteStartObject();
        writer.WriteString("tampilan", properties.Appearance == SignatureAppearance.Visible ? "VISIBLE" : "INVISIBLE");
        if (properties.Image is { } image)
        {
            writer.WriteBase64String("imageBase64", image.Span);
        }

        Number(writer, "page", properties.Page);
        Number(writer, "originX", properties.OriginX);
        Number(writer, "originY", properties.OriginY);
        Number(writer, "width", properties.Width);
        Number(writer, "height", properties.Height);
        Text(writer, "tag_koordinat", properties.AnchorText);
        Text(writer, "reason", properties.Reason);
        Text(writer, "location", properties.Location);
        Text(writer, "contactInfo", properties.ContactInfo);
        Text(writer, "pdfPassword", properties.PdfPassword);
        writer.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    private static void Text(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
