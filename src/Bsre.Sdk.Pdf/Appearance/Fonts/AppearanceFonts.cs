namespace Bsre.Sdk.Pdf.Appearance.Fonts;

/// <summary>The font of appearance text: the caller's, or Noto Sans Regular (SIL OFL 1.1, see OFL.txt) shipped in this assembly.</summary>
internal static class AppearanceFonts
{
    private const string DefaultResource = "Bsre.Sdk.Pdf.Appearance.Fonts.NotoSans-Regular.ttf";
    private static readonly Lazy<TrueTypeFont> Default = new(LoadDefault);

    public static TrueTypeFont For(PdfSignatureAppearance appearance) =>
        appearance.Font is { IsEmpty: false } custom ? Parse(custom) : Default.Value;

    private static TrueTypeFont Parse(ReadOnlyMemory<byte> data) => data.Length < 12
        ? throw new PdfFontException("The font is shorter than a font header.")
        : new TrueTypeFont(data.ToArray());

    private static TrueTypeFont LoadDefault()
    {
        using Stream stream = typeof(AppearanceFonts).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The embedded resource {DefaultResource} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new TrueTypeFont(copy.ToArray());
    }
}
