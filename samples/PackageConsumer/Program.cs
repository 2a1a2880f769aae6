// Signs a file with a PKCS#12 key and validates the signature, using only the published packages.
// Usage: dotnet run -- SIGNER.p12 PASSWORD_FILE ROOT.pem FILE
using Bsre.Sdk.Signing;
using Bsre.Sdk.Validation;

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: PackageConsumer SIGNER.p12 PASSWORD_FILE ROOT.pem FILE");
    return 64;
}

string password = File.ReadAllText(args[1]).TrimEnd('\r', '\n');
using var signer = LocalSigner.FromPkcs12File(args[0], password);
byte[] signature;
await using (var content = File.OpenRead(args[3]))
{
    signature = await new CadesSigner(signer).SignDetachedAsync(content);
}

var options = new SignatureValidationOptions { Offline = true };
options.TrustAnchors.AddRange(CertificateFiles.Load(args[2]));
options.Revocation.Mode = RevocationCheckMode.None;
await using var data = File.OpenRead(args[3]);
ValidationReport report = await new CadesValidator(options).ValidateAsync(new MemoryStream(signature), data);
SignatureValidationResult result = report.Signatures[0];
Console.WriteLine($"Signed by {result.SigningCertificate?.Subject}: {result.Indication} ({result.Level})");
return result.Indication == ValidationIndication.TotalPassed ? 0 : 1;
