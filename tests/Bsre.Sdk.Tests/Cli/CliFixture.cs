using Bsre.Sdk.Cli;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Tests.Cli;

/// <summary>A test PKI written to disk once, a sample document, and an in-process runner for <c>bsre</c>.</summary>
public sealed class CliFixture : IDisposable
{
    public CliFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("bsre-cli-").FullName;
        Pki = TestPki.Create();
        Pki.WriteTo(PkiDirectory);
        Sample = Path.Combine(Directory, "sample.txt");
        File.WriteAllText(Sample, "Surat Keputusan Nomor 1 Tahun 2026\n");
    }

    public string Directory { get; }

    public TestPki Pki { get; }

    public string PkiDirectory => Path.Combine(Directory, "pki");

    public string Sample { get; }

    public string PkiFile(string name) => Path.Combine(PkiDirectory, name);

    public string NewPath(string name) => Path.Combine(Directory, $"{Guid.NewGuid():N}-{name}");

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await BsreCli.RunAsync(args, output, error, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

public sealed record CliRun(int ExitCode, string Output, string Error);
