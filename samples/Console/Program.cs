// Quickstart: sign a PDF (PAdES) and any file (CAdES) with a local PKCS#12 key, then validate both signatures.
// Usage: dotnet run --project samples/Console -- SIGNER.p12 PASSWORD_FILE ROOT.pem IN.pdf OUT_DIR
// The regions below are quoted in docs/; a test checks that the docs match them.
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;

if (args.Length != 5)
{
    Console.Error.WriteLine("usage: Bsre.Sdk.Samples.Console SIGNER.p12 PASSWORD_FILE ROOT.pem IN.pdf OUT_DIR");
    return 64;
}

(string pkcs12Path, string passwordFile, string rootPath, string pdfPath, string outDirectory) = (args[0], args[1], args[2], args[3], args[4]);
Directory.CreateDirectory(outDirectory);

#region load-signer
// The password comes from a file (or a secret store), never from the command line or source code.
string password = File.ReadAllText(passwordFile).TrimEnd('\r', '\n');
using LocalSigner signer = LocalSigner.FromPkcs12File(pkcs12Path, password);
Console.WriteLine($"Signer: {signer.Certificate.Subject}");
#endregion

#region sign-pdf
string signedPdf = Path.Combine(outDirectory, "signed.pdf");
await new PadesSigner(signer).SignAsync(pdfPath, signedPdf, new PadesSignatureOptions
{
    Level = SignatureLevel.BaselineB,
    Reason = "Disetujui",
    Location = "Jakarta",
});
Console.WriteLine($"PAdES-B-B: {signedPdf}");
#endregion

#region sign-cades
string signature = Path.Combine(outDirectory, "signed.pdf.p7s");
await using (FileStream content = File.OpenRead(pdfPath))
{
    byte[] cms = await new CadesSigner(signer).SignDetachedAsync(content);
    await File.WriteAllBytesAsync(signature, cms);
}

Console.WriteLine($"CAdES-B-B (detached): {signature}");
#endregion

#region validate
var options = new SignatureValidationOptions { Offline = true };
options.TrustAnchors.AddRange(CertificateFiles.Load(rootPath));
options.Revocation.Mode = RevocationCheckMode.None; // a test PKI has no reachable OCSP/CRL; keep the default in production
ValidationReport pdfReport = await new PadesValidator(options).ValidateAsync(signedPdf);
ValidationReport cmsReport;
await using (FileStream signatureFile = File.OpenRead(signature))
await using (FileStream data = File.OpenRead(pdfPath))
{
    cmsReport = await new CadesValidator(options).ValidateAsync(signatureFile, data);
}

foreach (SignatureValidationResult result in pdfReport.Signatures.Concat(cmsReport.Signatures))
{
    Console.WriteLine($"{result.Indication} {result.SubIndication} {result.Level} by {result.SigningCertificate?.Subject}");
}
#endregion

return pdfReport.Indication == ValidationIndication.TotalPassed && cmsReport.Indication == ValidationIndication.TotalPassed ? 0 : 1;
