using Bsre.Sdk.Cli;
using Bsre.Sdk.Testing;

namespace Bsre.Sdk.Tests.Cli;

/// <summary>
/// A test PKI with live OCSP, CRL and TSA services on 127.0.0.1, written to disk once, a sample
/// document, and an in-process runner for <c>bsre</c>.
/// </summary>
public sealed class CliFixture : IAsyncLifetime
{
    private TestPkiServices? _services;

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("bsre-cli-").FullName;

    public TestPkiServices Services => _services ?? throw new InvalidOperationException("Not initialized.");

    public TestPki Pki => Services.Pki;

    public string PkiDirectory => Path.Combine(Directory, "pki");

    public string Sample => Path.Combine(Directory, "sample.txt");

    public async Task InitializeAsync()
    {
        _services = await TestPkiServices.StartAsync();
        Pki.WriteTo(PkiDirectory);
        await File.WriteAllTextAsync(Sample, "Surat Keputusan Nomor 1 Tahun 2026\n");
    }

    public string PkiFile(string name) => Path.Combine(PkiDirectory, name);

    public string NewPath(string name) => Path.Combine(Directory, $"{Guid.NewGuid():N}-{name}");

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await BsreCli.RunAsync(args, output, error, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }
}

public sealed record CliRun(int ExitCode, string Output, string Error);
