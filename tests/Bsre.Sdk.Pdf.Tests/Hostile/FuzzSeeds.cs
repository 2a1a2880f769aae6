using Bsre.Sdk.Pdf.Tests.Infrastructure;

namespace Bsre.Sdk.Pdf.Tests.Hostile;

/// <summary>
/// The fuzz seeds: the small signed PDFs and the CMS files of ../shared/corpus/external and external2 (with detached
/// content where the manifest names it), in a fixed order, so that a case number always names the same input.
/// </summary>
internal static class FuzzSeeds
{
    private const long MaxSeedSize = 64 << 10;
    private static readonly string[] Corpora = ["external", "external2"];
    private static readonly Lazy<List<(string Name, byte[] Bytes)>> PdfSeeds = new(LoadPdfs);
    private static readonly Lazy<List<(string Name, byte[] Bytes, byte[]? Content)>> CmsSeeds = new(LoadCms);

    public static IReadOnlyList<(string Name, byte[] Bytes)> Pdfs => PdfSeeds.Value;

    public static IReadOnlyList<(string Name, byte[] Bytes, byte[]? Content)> Cms => CmsSeeds.Value;

    private static IEnumerable<string> Files(params string[] extensions)
        => Corpora
            .Select(d => Path.Combine(SharedPaths.SharedRoot!, "corpus", d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => extensions.Contains(Path.GetExtension(f)) && new FileInfo(f).Length <= MaxSeedSize)
            .Order(StringComparer.Ordinal);

    private static List<(string, byte[])> LoadPdfs()
        => [.. Files(".pdf").Select(f => (Name(f), File.ReadAllBytes(f))).Where(s => s.Item2.AsSpan().IndexOf("/ByteRange"u8) >= 0)];

    private static List<(string, byte[], byte[]?)> LoadCms()
        => [.. Files(".p7m", ".p7s", ".cms").Select(f => (Name(f), File.ReadAllBytes(f), Content(f)))];

    private static byte[]? Content(string signature)
    {
        string[] candidates = [Path.ChangeExtension(signature, ".content"), Path.ChangeExtension(signature, ".txt"), Path.ChangeExtension(signature, null)];
        return candidates.FirstOrDefault(c => c != signature && File.Exists(c)) is { } path && new FileInfo(path).Length <= MaxSeedSize ? File.ReadAllBytes(path) : null;
    }

    private static string Name(string path) => Path.GetRelativePath(Path.Combine(SharedPaths.SharedRoot!, "corpus"), path);
}
