using Bsre.Sdk.Signing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Pdf.Tests.Infrastructure;

/// <summary>
/// One test PKI for the whole assembly with its services (<see cref="TestPkiServices"/>: OCSP, caIssuers and CRLs on a
/// loopback server, a TSA), the PKI written to disk, and an NSS database trusting its root for pdfsig.
/// </summary>
internal sealed class PdfTestEnvironment
{
    private const string Prefix = "bsre-pdf-tests-";
    private static readonly Lazy<Task<PdfTestEnvironment>> Instance = new(CreateAsync);

    private PdfTestEnvironment(TestPkiServices services, string directory)
    {
        Services = services;
        Directory = directory;
    }

    public TestPkiServices Services { get; }

    public TestPki Pki => Services.Pki;

    public TimestampAuthorityServer Tsa => Services.Tsa;

    /// <summary>Gets the temporary directory holding the PKI files and the NSS database (subfolder nssdb).</summary>
    public string Directory { get; }

    public string NssDirectory => Path.Combine(Directory, "nssdb");

    public static Task<PdfTestEnvironment> GetAsync() => Instance.Value;

    /// <summary>Copies the NSS database for one pdfsig run (concurrent runs sharing one database fail at random).</summary>
    public string CopyNssDatabase()
    {
        string copy = Path.Combine(Directory, "nss-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(copy);
        foreach (string file in System.IO.Directory.GetFiles(NssDirectory))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    public LocalSigner CreateSigner(TestIdentity? identity = null)
    {
        identity ??= Pki.SignerRsa;
        return LocalSigner.FromPkcs12(identity.Pkcs12, identity.Password);
    }

    public TimestampClient CreateTimestampClient() =>
        new(new HttpClient(), new TimestampClientOptions { Url = Tsa.Url });

    public string NewOutputPath(string name) => Path.Combine(Directory, "out", Guid.NewGuid().ToString("N")[..8] + "-" + name);

    /// <summary>Deletes the directories of earlier test processes that have exited (ProcessExit may be cut short).</summary>
    private static void RemoveStaleDirectories()
    {
        foreach (string stale in System.IO.Directory.GetDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            string pid = Path.GetFileName(stale)[Prefix.Length..].Split('-')[0];
            if (int.TryParse(pid, System.Globalization.CultureInfo.InvariantCulture, out int id) && !IsRunning(id))
            {
                DeleteQuietly(stale);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static async Task<PdfTestEnvironment> CreateAsync()
    {
        TestPkiServices services = await TestPkiServices.StartAsync();
        RemoveStaleDirectories();
        string directory = Path.Combine(Path.GetTempPath(), $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "out"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(directory);
        services.Pki.WriteTo(directory);
        if (ProcessRunner.IsOnPath("certutil"))
        {
            string db = "sql:" + Path.Combine(directory, "nssdb");
            System.IO.Directory.CreateDirectory(Path.Combine(directory, "nssdb"));
            await ProcessRunner.RunAsync("certutil", ["-N", "-d", db, "--empty-password"]);
            await ProcessRunner.RunAsync("certutil", ["-A", "-d", db, "-n", "intermediate", "-t", ",,", "-i", Path.Combine(directory, "intermediate.pem")]);
            await ProcessRunner.RunAsync("certutil", ["-A", "-d", db, "-n", "root", "-t", "CT,C,C", "-i", Path.Combine(directory, "root.pem")]);
        }

        return new PdfTestEnvironment(services, directory);
    }
}
