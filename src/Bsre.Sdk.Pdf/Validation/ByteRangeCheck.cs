using Bsre.Sdk.Pdf.Raw;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>
/// The strict /ByteRange rules: four non-negative integers, starting at 0, leaving out exactly the
/// /Contents hex string, ending where a revision ends; anything else is a coverage anomaly or a
/// universal-signature-forgery / signature-wrapping attempt.
/// </summary>
internal sealed class ByteRangeCheck
{
    private ByteRangeCheck()
    {
    }

    /// <summary>Gets the two signed segments, or <see langword="null"/> when the /ByteRange cannot be used at all.</summary>
    public (long Offset, long Length)[]? Segments { get; private init; }

    /// <summary>Gets the end of the signed range.</summary>
    public long SignedEnd { get; private init; }

    /// <summary>Gets the violations found; empty when the /ByteRange is strict.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Reads the /ByteRange and checks what can be checked without knowing the revisions.</summary>
    public static ByteRangeCheck Read(PdfDictionary signature, long fileLength)
    {
        if (signature["ByteRange"] is not PdfArray { Items.Count: > 0 } array)
        {
            var missing = new ByteRangeCheck();
            missing.Errors.Add("The signature has no /ByteRange array (universal signature forgery): it signs nothing in this file.");
            return missing;
        }

        long[] values = array.Items.Select(i => i is PdfNumber { IsInteger: true } n ? n.LongValue : -1).ToArray();
        bool usable = values.Length == 4 && values.All(v => v >= 0) && values[0] + values[1] <= values[2] && values[2] + values[3] <= fileLength;
        var check = new ByteRangeCheck
        {
            Segments = usable ? [(values[0], values[1]), (values[2], values[3])] : null,
            SignedEnd = usable ? values[2] + values[3] : -1,
        };
        if (values.Length != 4 || values.Any(v => v < 0))
        {
            check.Errors.Add($"The /ByteRange [{string.Join(' ', array.Items)}] is not four non-negative integers (non-standard coverage).");
        }
        else if (!usable)
        {
            check.Errors.Add($"The /ByteRange [{string.Join(' ', values)}] overlaps itself or reaches past the end of the file.");
        }
        else if (values[0] != 0)
        {
            check.Errors.Add("The /ByteRange does not start at the beginning of the file.");
        }

        return check;
    }

    /// <summary>Checks the gap against the /Contents position and the end against the revisions.</summary>
    /// <returns>The index of the signed revision, or -1 when the range does not end at one.</returns>
    public int CheckGapAndRevision(ContentsToken? contents, IReadOnlyList<PdfRevisionEnd> revisions)
    {
        if (Segments is not { } s)
        {
            return -1;
        }

        if (contents is not { } token)
        {
            Errors.Add("The signature dictionary's /Contents is not a hex string in the file body, so the /ByteRange gap cannot be it.");
        }
        else if (token.Count != 1)
        {
            Errors.Add("The signature dictionary has more than one /Contents entry (signature wrapping).");
        }
        else if (s[0].Offset + s[0].Length != token.Start || s[1].Offset != token.End)
        {
            Errors.Add($"The /ByteRange gap [{s[0].Offset + s[0].Length}, {s[1].Offset}) is not exactly the /Contents string [{token.Start}, {token.End}) (non-standard coverage or signature wrapping).");
        }

        for (int i = 0; i < revisions.Count; i++)
        {
            if (revisions[i].EndsAt(SignedEnd))
            {
                return i;
            }
        }

        Errors.Add($"The signed range ends at offset {SignedEnd}, which is not the end of a revision (part of its revision is not signed).");
        return -1;
    }
}
