namespace Bsre.Sdk.Pdf.Tests.Validation;

/// <summary>One row of ../shared/corpus/external/MANIFEST.tsv with a PDF or CMS file and a stated outcome.</summary>
/// <param name="Path">The file, relative to corpus/external.</param>
/// <param name="Expected">The expected outcome text.</param>
/// <param name="Confidence">high, medium, low, none or n/a.</param>
internal sealed record CorpusRow(string Path, string Expected, string Confidence)
{
    public static IReadOnlyList<CorpusRow> Load(string manifest) =>
        File.ReadAllLines(manifest).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(c => c.Length >= 9)
            .Select(c => new CorpusRow(c[0], c[6], c[8]))
            .ToList();

    public bool IsSignatureFile => Path.EndsWith(".pdf", StringComparison.Ordinal) || Path.EndsWith(".p7m", StringComparison.Ordinal) || Path.EndsWith(".p7s", StringComparison.Ordinal);

    public bool Counts => Confidence is "high" or "medium";
}
