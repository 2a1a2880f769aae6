using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Tests.Fixtures;

/// <summary>Locates the external interop tools, and skips tests (with the reason) when they are absent.</summary>
public static class InteropEnvironment
{
    /// <summary>Gets the folder holding Bsre.Sdk.sln, found by walking up from the test binaries, or <see langword="null"/>.</summary>
    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>
    /// Gets the shared tools and corpus: <c>../shared</c> beside the repository, or else the repository's own subset in
    /// <c>tests/shared</c> (see its README.md).
    /// </summary>
    public static string SharedDirectory { get; } = LocateShared();

    public static void RequireOpenSsl()
        => Skip.IfNot(ProcessRunner.IsOnPath("openssl"), "openssl is not on PATH: the OpenSSL interop tests need it (apt-get install openssl).");

    /// <summary>Returns the path of a tool under ../shared, or skips the test when the folder or tool is missing.</summary>
    public static string RequireSharedTool(string relativePath)
    {
        Skip.If(
            RepositoryRoot is null || !Directory.Exists(SharedDirectory),
            $"{SharedDirectory} not found: interop tests need the shared interop tools.");
        string path = Path.Combine(SharedDirectory, relativePath);
        Skip.IfNot(File.Exists(path), $"{relativePath} is only in ../shared, which is not beside the repository.");
        RequireOpenSsl();
        Skip.IfNot(ProcessRunner.IsOnPath("bash"), "bash is not on PATH: the shared interop scripts need it.");
        return path;
    }

    private static string LocateShared()
    {
        string root = RepositoryRoot ?? AppContext.BaseDirectory;
        string beside = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        return Directory.Exists(beside) ? beside : Path.Combine(root, "tests", "shared");
    }

    private static string? FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Bsre.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
