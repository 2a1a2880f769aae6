namespace Bsre.Sdk.Pdf.Placement;

/// <summary>
/// What placing a visible signature reads of a document: the page count, one page's boxes, and one page's text (and image boxes, for the preview). The
/// signing pipeline gives it the raw layer's streaming reader, so no more of the file is read than these need.
/// </summary>
internal interface IPageGeometry
{
    /// <summary>Gets the number of pages.</summary>
    int PageCount { get; }

    /// <summary>Reads the boxes, /Rotate and /UserUnit of the page at a zero-based index.</summary>
    /// <exception cref="DocumentFormatException">The page has no valid /MediaBox, or its CropBox shows nothing.</exception>
    PageBox Page(int index);

    /// <summary>Extracts the letters (in content order) and the image boxes of the page at a zero-based index, in default user space.</summary>
    /// <exception cref="DocumentFormatException">The page's content cannot be read.</exception>
    PageContent Content(int index);
}
