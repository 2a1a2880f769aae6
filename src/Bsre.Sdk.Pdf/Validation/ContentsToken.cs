namespace Bsre.Sdk.Pdf.Validation;

/// <summary>Where the /Contents hex string of a signature dictionary lies in the file, delimiters included.</summary>
/// <param name="Start">The offset of its opening '&lt;'.</param>
/// <param name="End">The offset just after its closing '&gt;'.</param>
/// <param name="Count">How many /Contents keys the dictionary has at its top level (anything but 1 is an attack).</param>
internal readonly record struct ContentsToken(long Start, long End, int Count);
