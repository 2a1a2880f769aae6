namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>One row of ../shared/corpus/external2/MANIFEST.tsv: a file, its project's verdict and the other verdicts that are also acceptable.</summary>
/// <param name="Path">The file, relative to corpus/external2.</param>
/// <param name="Kind">pdf or cms.</param>
/// <param name="Expected">INTACT, TAMPERED, MODIFIED_OK, NO_SIGNATURE or PARSE_ERROR_OK.</param>
/// <param name="AlsoOk">The other acceptable outcomes (where reference validators disagree).</param>
/// <param name="Confidence">high, medium or low.</param>
internal sealed record External2Row(string Path, string Kind, string Expected, IReadOnlyList<string> AlsoOk, string Confidence)
{
    public static IReadOnlyList<External2Row> Load(string manifest) =>
        File.ReadAllLines(manifest).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(c => c.Length >= 10)
            .Select(c => new External2Row(c[0], c[5], c[6], c[7].Split('|', StringSplitOptions.RemoveEmptyEntries), c[9]))
            .ToList();

    public bool Counts => Confidence is "high" or "medium";

    /// <summary>Whether our verdict is the expected outcome or one of the also-acceptable ones.</summary>
    public bool Accepts(CorpusVerdict verdict) => new[] { Expected }.Concat(AlsoOk).Any(verdict.Is);
}
