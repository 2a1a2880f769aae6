namespace Bsre.Sdk.Tests.PathValidation;

/// <summary>Finds the NIST PKITS corpus in ../shared beside the repository root (the folder holding Bsre.Sdk.sln).</summary>
internal static class PkitsCorpus
{
    /// <summary>Gets the corpus folder, or <see langword="null"/> when ../shared is absent.</summary>
    public static string? Directory { get; } = Locate();

    public static string File(string relative) => Path.Combine(Directory!, relative);

    private static string? Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(folder.FullName, "Bsre.Sdk.sln")))
            {
                string corpus = Path.Combine(folder.FullName, "..", "shared", "corpus", "external", "nist-pkits");
                return System.IO.File.Exists(Path.Combine(corpus, "EXPECTED.tsv")) ? Path.GetFullPath(corpus) : null;
            }
        }

        return null;
    }
}
