namespace Bsre.Sdk.Tests.PathValidation;

/// <summary>Finds the NIST PKITS corpus in ../shared beside the repository root (the folder holding Bsre.Sdk.sln), else the repository's copy in tests/shared.</summary>
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
                string[] candidates =
                [
                    Path.Combine(folder.FullName, "..", "shared", "corpus", "external", "nist-pkits"),
                    Path.Combine(folder.FullName, "tests", "shared", "corpus", "external", "nist-pkits"), // the repository's copy
                ];
                string? corpus = candidates.FirstOrDefault(c => System.IO.File.Exists(Path.Combine(c, "EXPECTED.tsv")));
                return corpus is null ? null : Path.GetFullPath(corpus);
            }
        }

        return null;
    }
}
