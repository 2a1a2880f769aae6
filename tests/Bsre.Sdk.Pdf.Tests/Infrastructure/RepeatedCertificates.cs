using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Pdf.Tests.Infrastructure;

/// <summary>
/// Works around a use-after-free in poppler 22.12's pdfsig. It imports the certificates of each signature as NSS
/// temporary certificates without copying their DER (<c>CERT_NewTempCertificate(…, copyDER: PR_FALSE)</c>) and frees
/// that buffer after the signature; the certificate object outlives it. A later signature carrying the same
/// certificate then fails with SEC_ERROR_REUSED_ISSUER_AND_SERIAL, printed as "Unknown issue with Certificate",
/// depending on whether the freed bytes were reused (the byte layout; always with MALLOC_PERTURB_ set). Peer signers'
/// files (PDFBox) fail the same way. Importing the certificates several signatures share into the NSS database, with
/// no trust, lets NSS find its stored copy instead. Only end-entity certificates are imported: the test PKI's CA
/// certificates are in the database already, and adding one again would reset its trust. A certificate only one
/// signature carries is not imported, so a signature without its certificate still fails.
/// </summary>
internal static class RepeatedCertificates
{
    public static async Task ImportAsync(string nssDirectory, byte[] pdf, string? password = null)
    {
        int index = 0;
        foreach (byte[] der in Find(pdf, password))
        {
            string file = Path.Combine(nssDirectory, $"repeated-{index}.der");
            await File.WriteAllBytesAsync(file, der);
            ProcessResult result = await ProcessRunner.RunAsync("certutil", ["-A", "-d", "sql:" + nssDirectory, "-n", $"repeated-{index++}", "-t", ",,", "-i", file]);
            Assert.True(result.Succeeded, result.ToString());
        }
    }

    private static IEnumerable<byte[]> Find(byte[] pdf, string? password) =>
        SignedPdfInspector.Read(pdf, password)
            .SelectMany(s => new CmsSignedData(s.ContentsDer).GetCertificates().EnumerateMatches(null)
                .Where(c => c.GetBasicConstraints() < 0)
                .Select(c => c.GetEncoded())
                .DistinctBy(Convert.ToHexString))
            .GroupBy(Convert.ToHexString)
            .Where(g => g.Count() > 1)
            .Select(g => g.First());
}
