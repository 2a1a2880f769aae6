using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.Pkcs11;
using Bsre.Sdk.Testing;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Pdf.Tests.Pkcs11;

/// <summary>
/// One SoftHSM2 installation for the assembly, under the PDF test directory, with tokens made before any signer loads
/// the module: <c>bsre-rsa</c> (the RSA signer and the intermediate CA), <c>bsre-ecdsa</c> (P-256 and P-384 signers),
/// <c>bsre-always</c> (an RSA key marked CKA_ALWAYS_AUTHENTICATE), <c>bsre-ed25519</c> (CKK_EC_EDWARDS, PKCS#11 v3.0) and
/// <c>bsre-wrong-pin</c> (used only by the wrong-PIN tests, so that no other test's login is shared with them).
/// </summary>
internal sealed class SoftHsmEnvironment
{
    public const string Pin = "246810";
    private static readonly Lazy<Task<SoftHsmEnvironment>> Instance = new(CreateAsync);

    private SoftHsmEnvironment(PdfTestEnvironment pdf, SoftHsm hsm)
    {
        Pdf = pdf;
        Hsm = hsm;
    }

    public PdfTestEnvironment Pdf { get; }

    public SoftHsm Hsm { get; }

    /// <summary>Gets the environment, or skips the test when ../shared or SoftHSM2 is missing.</summary>
    public static Task<SoftHsmEnvironment> GetOrSkipAsync()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        Skip.IfNot(SoftHsm.ModulePath is not null, "SoftHSM2 is not installed (apt-get install softhsm2).");
        return Instance.Value;
    }

    public static Pkcs11SignerOptions Options(string token, string? key = null, int maxConcurrency = 0) => new()
    {
        ModulePath = SoftHsm.ModulePath,
        TokenLabel = token,
        KeyLabel = key,
        MaxConcurrency = maxConcurrency,
    };

    public static Pkcs11Signer Open(string token, string? key = null, int maxConcurrency = 0) => Pkcs11Signer.Open(Options(token, key, maxConcurrency), Pin);

    private static async Task<SoftHsmEnvironment> CreateAsync()
    {
        PdfTestEnvironment pdf = await PdfTestEnvironment.GetAsync();
        TestPki pki = pdf.Pki;
        SoftHsm hsm = SoftHsm.Create(Directory.CreateDirectory(Path.Combine(pdf.Directory, "softhsm")).FullName);
        hsm.AddToken("bsre-rsa", Pin, [pki.SignerRsa], [pki.Intermediate]);
        hsm.AddToken("bsre-ecdsa", Pin, [pki.SignerEcdsa, pki.SignerEcdsaP384], [pki.Intermediate]);
        hsm.AddToken("bsre-always", Pin, [pki.SignerRsa], [pki.Intermediate], alwaysAuthenticate: true);
        hsm.AddToken("bsre-wrong-pin", Pin, [pki.SignerRsa]);
        hsm.AddToken("bsre-ed25519", Pin, [pki.SignerEd25519], [pki.Intermediate]);
        return new SoftHsmEnvironment(pdf, hsm);
    }
}
