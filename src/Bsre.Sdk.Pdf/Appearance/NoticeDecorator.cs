using Bsre.Sdk.Pdf.Appearance.Fonts;
using Bsre.Sdk.Pdf.PdfA;
using Bsre.Sdk.Pdf.Placement;
using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Appearance;

/// <summary>
/// Writes BSrE's notice (its wording, the verifier sentence, an optional logo) at the bottom of a page, in the signed revision.
/// On a document nobody has signed yet the page gets a Form XObject in its resources and its content is wrapped as
/// [q, old content, Q + notice]; on a signed document the page may not change (that would break the earlier signatures),
/// so the notice is drawn by an annotation instead (<see cref="AsAnnotation"/>).
/// </summary>
internal sealed class NoticeDecorator(PageBox page, ReadOnlyMemory<byte>? logo, string text, Uri? verifierUrl, TrueTypeFont font)
{
    private const double Margin = 20;
    private const double Lift = 6;
    private const double Height = 24;
    private const string Name = "BsreNotice";
    private readonly PdfImage? _logo = logo is { IsEmpty: false } bytes ? ImageDecoder.Decode(bytes.Span) : null;

    /// <summary>Gets the notice's wording, as written.</summary>
    public string Text => text;

    private double Width => (page.Rotation is 90 or 270 ? page.Height : page.Width) - (2 * Margin);

    /// <summary>Returns whether the page already carries the notice (an earlier signer's <c>/BsreNotice</c> XObject).</summary>
    public static bool IsOn(PdfFile file, PdfReference pageRef)
        => file.ResolveDictionary(PageResources(file, file.ResolveDictionary(pageRef))?["XObject"])?[Name] is not null;

    /// <summary>Draws the notice into the page's content.</summary>
    public void Apply(IncrementalUpdate update, PdfReference pageRef)
    {
        PdfReference form = update.Add(Build(update));
        PdfDictionary pageDictionary = update.Edit(pageRef);
        AddResource(update.File, pageDictionary, form);
        PdfReference open = update.Add(new PdfStream(new PdfDictionary(), "q\n"u8.ToArray()));
        using var close = new ContentBuilder();
        close.Op("Q");
        Place(close);
        PdfReference closing = update.Add(new PdfStream(new PdfDictionary(), close.ToArray()));
        var contents = new PdfArray([open]);
        switch (pageDictionary["Contents"])
        {
            case PdfArray array:
                contents.Items.AddRange(array.Items);
                break;
            case PdfReference reference when update.File.GetObject(reference.Number) is PdfArray shared:
                contents.Items.AddRange(shared.Items);
                break;
            case PdfReference reference:
                contents.Items.Add(reference);
                break;
        }

        contents.Items.Add(closing);
        pageDictionary["Contents"] = contents;
    }

    /// <summary>
    /// Returns the notice as an annotation's rectangle (default user space) and normal appearance, in the same place as
    /// <see cref="Apply"/> draws it; the appearance's /Matrix turns it upright on a rotated page (ISO 32000-2 12.5.5).
    /// </summary>
    public (double[] Rectangle, PdfStream Appearance) AsAnnotation(IncrementalUpdate update)
    {
        PdfStream form = Build(update);
        if (page.Rotation != 0)
        {
            double radians = page.Rotation * Math.PI / 180;
            form.Dictionary["Matrix"] = PdfArray.OfNumbers(Math.Round(Math.Cos(radians)), Math.Round(Math.Sin(radians)), -Math.Round(Math.Sin(radians)), Math.Round(Math.Cos(radians)), 0, 0);
        }

        return (page.ToUserRectangle(Margin * page.UserUnit, Lift * page.UserUnit, Width * page.UserUnit, Height * page.UserUnit), form);
    }

    private PdfStream Build(IncrementalUpdate update)
    {
        double width = Width;
        using var content = new ContentBuilder();
        var resources = new PdfDictionary();
        PdfAProfile? pdfa = PdfAProfile.Read(update.File);
        double left = 0;
        if (_logo is not null)
        {
            double scale = Height / _logo.Height;
            resources["XObject"] = new PdfDictionary { ["Logo"] = (pdfa is null ? _logo : PdfAColours.Conform(pdfa, _logo)).AddTo(update) };
            content.Draw("Logo", 0, 0, _logo.Width * scale, Height);
            left = (_logo.Width * scale) + 4;
        }

        string[] lines = verifierUrl is null ? Wrap(text, 2) : Wrap($"{text}. {BsreNotice.VerifierSentence(verifierUrl)}", 3);
        var subset = new FontSubset(font, lines);
        double size = ContentBuilder.FitFontSize(lines, subset, width - left, Height, 8);
        content.Op("0 g");
        for (int i = 0; i < lines.Length; i++)
        {
            content.Text(subset.Encode(lines[i]), left, Height - ((i + 1) * size * 1.2) + (size * 0.2), size);
        }

        resources["Font"] = new PdfDictionary { ["F1"] = subset.AddTo(update) };
        if (pdfa is not null)
        {
            PdfAColours.AddDefaultColourSpaces(pdfa, resources);
        }

        return ContentBuilder.Form(width, Height, resources, content.ToArray());
    }

    /// <summary>Draws the notice along the bottom edge as the page is shown (after /Rotate), reading left to right.</summary>
    private void Place(ContentBuilder content)
    {
        _ = page.Rotation switch
        {
            90 => content.Draw(Name, 0, 1, -1, 0, page.Right - Lift, page.Bottom + Margin),
            180 => content.Draw(Name, -1, 0, 0, -1, page.Right - Margin, page.Top - Lift),
            270 => content.Draw(Name, 0, -1, 1, 0, page.Left + Lift, page.Top - Margin),
            _ => content.Draw(Name, 1, 0, 0, 1, page.Left + Margin, page.Bottom + Lift),
        };
    }

    private static PdfDictionary? PageResources(PdfFile file, PdfDictionary? page)
    {
        PdfDictionary? inherited = file.ResolveDictionary(page?["Resources"]);
        for (var parent = page?["Parent"]; inherited is null && file.ResolveDictionary(parent) is { } node; parent = node["Parent"])
        {
            inherited = file.ResolveDictionary(node["Resources"]);
        }

        return inherited;
    }

    private static void AddResource(PdfFile file, PdfDictionary page, PdfReference form)
    {
        PdfDictionary resources = PageResources(file, page)?.Clone() ?? new PdfDictionary();
        PdfDictionary xobjects = file.ResolveDictionary(resources["XObject"])?.Clone() ?? new PdfDictionary();
        xobjects[Name] = form;
        resources["XObject"] = xobjects;
        page["Resources"] = resources;
    }

    private static string[] Wrap(string text, int lines)
    {
        int target = (text.Length / lines) + 1;
        var result = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (string word in text.Split(' '))
        {
            if (current.Length > 0 && current.Length + word.Length + 1 > target && result.Count < lines - 1)
            {
                result.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(word);
        }

        result.Add(current.ToString());
        return [.. result];
    }
}
