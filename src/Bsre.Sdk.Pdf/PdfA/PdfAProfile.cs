using System.Xml;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.PdfA;

/// <summary>
/// The PDF/A conformance a document declares in its XMP (pdfaid:part, pdfaid:conformance; ISO 19005-1 6.7.11) and the
/// number of colour components of its PDF/A output intent's destination profile (ISO 19005-1 6.2.2), read through the
/// raw layer: only the catalog, the metadata stream and the output intents are read.
/// </summary>
/// <param name="Part">1, 2, 3 or 4.</param>
/// <param name="Conformance">"A", "B", "U" (parts 2 and 3), or empty (part 4).</param>
/// <param name="OutputComponents">1 (grey), 3 (RGB) or 4 (CMYK), or <see langword="null"/> without an output intent.</param>
internal sealed record PdfAProfile(int Part, string Conformance, int? OutputComponents)
{
    private const string PdfAIdNamespace = "http://www.aiim.org/pdfa/ns/id/";

    /// <summary>Reads the declaration, or returns <see langword="null"/> when the document declares no PDF/A part.</summary>
    public static PdfAProfile? Read(PdfFile file)
    {
        if (file.Resolve(file.Catalog["Metadata"]) is not PdfStream metadata)
        {
            return null;
        }

        var (part, conformance) = Identification(file.DecodeStream(metadata));
        return part is null ? null : new PdfAProfile(part.Value, conformance ?? string.Empty, OutputIntentComponents(file));
    }

    /// <summary>Gets whether the device colour space with <paramref name="components"/> components may be used as it is (ISO 19005-1 6.2.3.3, 19005-2 6.2.4.3).</summary>
    public bool AllowsDeviceColour(int components) => OutputComponents is { } n && (components == 1 || components == n);

    private static (int? Part, string? Conformance) Identification(byte[] xmp)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 16 * 1024 * 1024 };
        int? part = null;
        string? conformance = null;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xmp), settings);
            reader.Read();
            while (!reader.EOF)
            {
                // pdfaid properties are written as elements or as attributes of rdf:Description (XMP part 1, 7.9.2)
                if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == PdfAIdNamespace)
                {
                    Take(reader.LocalName, reader.ReadElementContentAsString(), ref part, ref conformance);
                    continue;
                }

                for (bool more = reader.NodeType == XmlNodeType.Element && reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    if (reader.NamespaceURI == PdfAIdNamespace)
                    {
                        Take(reader.LocalName, reader.Value, ref part, ref conformance);
                    }
                }

                reader.MoveToElement();
                reader.Read();
            }
        }
        catch (XmlException)
        {
            // an unreadable XMP declares nothing; the document is signed as a plain PDF
            return (null, null);
        }

        return (part, conformance);
    }

    private static void Take(string name, string value, ref int? part, ref string? conformance)
    {
        if (name == "part" && int.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number) && number is >= 1 and <= 4)
        {
            part = number;
        }
        else if (name == "conformance")
        {
            conformance = value.Trim().ToUpperInvariant();
        }
    }

    private static int? OutputIntentComponents(PdfFile file)
    {
        if (file.Resolve(file.Catalog["OutputIntents"]) is not PdfArray intents)
        {
            return null;
        }

        foreach (PdfObject item in intents.Items)
        {
            if (file.ResolveDictionary(item) is { } intent && intent.GetName("S") == "GTS_PDFA1"
                && file.Resolve(intent["DestOutputProfile"]) is PdfStream profile && file.Resolve(profile.Dictionary["N"]) is PdfNumber n)
            {
                return (int)n.Value;
            }
        }

        return null;
    }
}
