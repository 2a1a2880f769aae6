namespace Bsre.Sdk.Pdf.Raw;

/// <summary>One cross-reference entry: a byte offset and generation, or an object stream number and index.</summary>
internal readonly record struct XrefEntry(XrefEntryKind Kind, long Offset, int Generation)
{
    /// <summary>Gets the generation to use when the object is rewritten (objects in object streams have generation 0).</summary>
    public int WriteGeneration => Kind == XrefEntryKind.InFile ? Generation : 0;
}
