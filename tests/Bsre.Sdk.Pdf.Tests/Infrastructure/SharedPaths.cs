namespace Bsre.Sdk.Pdf.Tests.Infrastructure;

/// <summary>
/// Finds ../shared (the corpus and interop tools beside the repository), or BSRE_SHARED when set; without either, the
/// repository's own subset in tests/shared (see its README.md), so a plain clone still runs the corpus tests.
/// </summary>
internal static class SharedPaths
{
    public const string MissingMessage = "neither ../shared nor the repository's tests/shared was found; set BSRE_SHARED to run this test.";

    private static readonly Lazy<string?> Root = new(Find);

    public static string? SharedRoot => Root.Value;

    public static bool Available => Root.Value is not null;

    public static string Corpus => Path.Combine(Root.Value!, "corpus", "producers");

    /// <summary>Gets whether the files come from the repository's subset (tests/shared) rather than ../shared.</summary>
    public static bool IsRepositorySubset => Root.Value is { } root && Path.GetFileName(Path.GetDirectoryName(root)) == "tests";

    /// <summary>Gets an interop script, or skips the test when this copy of the shared folder does not have it.</summary>
    public static string Tool(string name)
    {
        string path = Path.Combine(Root.Value!, "tools", "interop", name);
        Skip.IfNot(File.Exists(path), $"{name} is only in ../shared/tools/interop, which is not beside the repository.");
        return path;
    }

    /// <summary>Gets a producers-corpus file, or skips the test when the repository's subset leaves it out (the 20 MB one).</summary>
    public static string CorpusFile(string name)
    {
        string path = Path.Combine(Corpus, name);
        Skip.IfNot(File.Exists(path), $"{name} is only in ../shared/corpus/producers, which is not beside the repository.");
        return path;
    }

    /// <summary>Gets the corpus PDFs (by file name), or an empty list when ../shared is absent.</summary>
    public static IEnumerable<object[]> CorpusFiles(bool includeEncrypted = false)
    {
        if (!Available)
        {
            return [["(shared corpus missing)"]];
        }

        return Directory.GetFiles(Corpus, "*.pdf")
            .Select(Path.GetFileName)
            .Where(n => includeEncrypted || !n!.Contains("encrypted", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new object[] { n! });
    }

    private static string? Find()
    {
        string? env = Environment.GetEnvironmentVariable("BSRE_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(Path.Combine(env, "corpus")))
        {
            return env;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bsre.Sdk.sln")))
            {
                string shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                string subset = Path.Combine(dir.FullName, "tests", "shared");
                return Directory.Exists(Path.Combine(shared, "corpus", "producers")) ? shared
                    : Directory.Exists(Path.Combine(subset, "corpus", "producers")) ? subset : null;
            }
        }

        return null;
    }
}
