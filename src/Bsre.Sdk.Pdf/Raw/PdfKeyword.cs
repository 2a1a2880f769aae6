namespace Bsre.Sdk.Pdf.Raw;

/// <summary>The objects <c>true</c>, <c>false</c> and <c>null</c>.</summary>
internal sealed class PdfKeyword : PdfObject
{
    public static readonly PdfKeyword True = new("true");
    public static readonly PdfKeyword False = new("false");
    public static readonly PdfKeyword Null = new("null");

    private PdfKeyword(string text) => Text = text;

    public string Text { get; }

    public static PdfKeyword? From(string text) => text switch
    {
        "true" => True,
        "false" => False,
        "null" => Null,
        _ => null,
    };

    public override string ToString() => Text;
}
