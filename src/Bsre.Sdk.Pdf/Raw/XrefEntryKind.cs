namespace Bsre.Sdk.Pdf.Raw;

/// <summary>Where a cross-reference entry puts its object.</summary>
internal enum XrefEntryKind
{
    Free,
    InFile,
    InObjectStream,
}
