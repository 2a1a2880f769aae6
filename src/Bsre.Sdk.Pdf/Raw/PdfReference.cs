namespace Bsre.Sdk.Pdf.Raw;

/// <summary>An indirect reference <c>n g R</c>.</summary>
internal sealed class PdfReference(int number, int generation) : PdfObject
{
    public int Number { get; } = number;

    public int Generation { get; } = generation;

    public override string ToString() => $"{Number} {Generation} R";
}
