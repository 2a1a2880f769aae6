namespace Bsre.Sdk.Pdf.Tests.Infrastructure;

/// <summary>Finds ../shared (the corpus and interop tools beside the repository), or BSRE_SHARED when set.</summary>
internal static class SharedPaths
{
    public const string MissingMessage = "../shared (corpus and interop tools) is not present beside the repository; set BSRE_SHARED to run this test.";

    private static readonly Lazy<string?> Root = new(Find);

    public static string? SharedRoot => Root.Value;

    public static bool Available => Root.Value is not null;

    public static string Corpus => Path.Combine(Root.Value!, "corpus", "producers");

    public static string Tool(string name) => Path.Combine(Root.Value!, "tools", "interop", name);

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
                return Directory.Exists(Path.Combine(shared, "corpus", "producers")) ? shared : null;
            }
        }

        return null;
    }
}
