using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using Org.BouncyCastle.Pkcs;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>
/// The real OpenSSL responder for a <see cref="TestPki"/>: the PKI's intermediate, delegated responder and an
/// <c>index.txt</c> CA database are written to a folder, and each request is answered by
/// <c>openssl ocsp -index … -reqin … -respout …</c> (file mode, as ../shared/tools/interop/run-ocsp-responder.sh does,
/// because <c>openssl ocsp -port</c> hangs after an empty connection). Certificates not in the index are "unknown".
/// </summary>
public sealed class OpenSslOcspResponder
{
    private readonly string _directory;

    public OpenSslOcspResponder(TestPki pki, string directory, IEnumerable<TestIdentity> good, IEnumerable<(TestIdentity Identity, DateTimeOffset At, string Reason)> revoked)
    {
        ArgumentNullException.ThrowIfNull(pki);
        _directory = Directory.CreateDirectory(directory).FullName;
        Write("intermediate.pem", Pem("CERTIFICATE", pki.Intermediate.Certificate.RawData));
        Write("ocsp.pem", Pem("CERTIFICATE", pki.OcspResponder.Certificate.RawData));
        Write("ocsp.key", Pem("PRIVATE KEY", PrivateKeyInfoFactory.CreatePrivateKeyInfo(pki.OcspResponder.PrivateKey).GetDerEncoded()));
        var index = new StringBuilder();
        foreach (TestIdentity identity in good)
        {
            index.Append(Line("V", identity.Certificate, string.Empty));
        }

        foreach ((TestIdentity identity, DateTimeOffset at, string reason) in revoked)
        {
            index.Append(Line("R", identity.Certificate, Time(at) + "," + reason));
        }

        Write("index.txt", index.ToString());
    }

    /// <summary>Gets the number of requests answered.</summary>
    public int Requests { get; private set; }

    /// <summary>Answers one DER request with openssl.</summary>
    public async Task<byte[]> RespondAsync(byte[] request)
    {
        string work = Directory.CreateDirectory(Path.Combine(_directory, Guid.NewGuid().ToString("N"))).FullName;
        string requestFile = Path.Combine(work, "req.der");
        string responseFile = Path.Combine(work, "resp.der");
        await File.WriteAllBytesAsync(requestFile, request);
        ProcessResult result = await ProcessRunner.RunAsync("openssl",
        [
            "ocsp", "-index", Path.Combine(_directory, "index.txt"), "-CA", Path.Combine(_directory, "intermediate.pem"),
            "-rsigner", Path.Combine(_directory, "ocsp.pem"), "-rkey", Path.Combine(_directory, "ocsp.key"),
            "-ndays", "1", "-reqin", requestFile, "-respout", responseFile,
        ]);
        Requests++;
        return result.Succeeded && File.Exists(responseFile) ? await File.ReadAllBytesAsync(responseFile) : throw new InvalidOperationException(result.ToString());
    }

    private static string Line(string status, X509Certificate2 certificate, string revocation)
        => string.Join('\t', status, Time(certificate.NotAfter), revocation, Convert.ToHexString(certificate.SerialNumberBytes.Span), "unknown", "/CN=" + certificate.GetNameInfo(X509NameType.SimpleName, false)) + "\n";

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";

    private static string Pem(string label, byte[] der) => new string(PemEncoding.Write(label, der)) + "\n";

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_directory, name), text);
}
