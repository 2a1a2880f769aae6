using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Tests.TestUtils;

/// <summary>One generated test PKI per test class, also written to a temporary directory.</summary>
public sealed class TestPkiFixture : IDisposable
{
    public TestPkiFixture()
    {
        Pki = TestPki.Create();
        Directory = Path.Combine(Path.GetTempPath(), "bsre-testpki-" + Guid.NewGuid().ToString("N"));
        Pki.WriteTo(Directory);
    }

    public TestPki Pki { get; }

    /// <summary>Where <see cref="TestPki.WriteTo"/> wrote the files.</summary>
    public string Directory { get; }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory must not fail the run.
        }
    }
}
