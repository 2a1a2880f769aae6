namespace Bsre.Sdk.Pdf.Raw;

/// <summary>A name object; <see cref="Value"/> holds the decoded bytes as Latin-1 characters, without the slash.</summary>
internal sealed class PdfName(string value) : PdfObject
{
    public string Value { get; } = value;

    public override string ToString() => "/" + Value;
}
