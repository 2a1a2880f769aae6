using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Tests.Fixtures;
using Bsre.Sdk.Tests.PathValidation;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Testing.Revocation;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Pkcs;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Tests.Revocation;

/// <summary>
/// CAdES and PAdES B-LT signing with live services for PKIs whose CRLs are not simply signed by the issuer (an indirect CRL, a
/// separate CRL-signing key, CRLs split by reasons): the signature embeds every CRL and CRL issuer offline validation needs.
/// </summary>
[Collection(RevocationTestGroup.Name)]
public sealed class CrlIssuerLongTermTests
{
    private const int Compromise = ReasonFlags.KeyCompromise | ReasonFlags.CACompromise;
    private const int OtherReasons = ReasonFlags.AffiliationChanged | ReasonFlags.Superseded | ReasonFlags.CessationOfOperation
        | ReasonFlags.CertificateHold | ReasonFlags.PrivilegeWithdrawn | ReasonFlags.AACompromise;

    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static readonly byte[] Content = Cades.Content();
    private readonly RevocationFixture _fixture;
    private readonly string _id = Guid.NewGuid().ToString("N"); // each test's own CRL URLs: fetched CRLs stay in the shared cache

    public CrlIssuerLongTermTests(RevocationFixture fixture)
    {
        _fixture = fixture;
        fixture.Reset();
    }

    private TestPki Pki => _fixture.Pki;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task B_LT_with_an_indirect_CRL_validates_offline(bool pades)
    {
        var keys = TestCertificates.NewKeys();
        BcCertificate crlIssuer = IssueCrlSigner(new X509Name("CN=LT Indirect CRL Issuer"), keys);
        DistributionPoint point = Point($"lt-indirect-{_id}.crl", crlIssuer.SubjectDN);
        _fixture.Server.SetCrl($"lt-indirect-{_id}.crl", Crl(crlIssuer, keys.Private)
            .WithScope(new IssuingDistributionPoint(point.DistributionPointName, false, false, null, true, false)).Build());

        await AssertLongTermAsync(SignerWith([point], crlIssuer), pades);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task B_LT_with_a_separate_CRL_signing_key_validates_offline(bool pades)
    {
        var keys = TestCertificates.NewKeys();
        BcCertificate crlSigner = IssueCrlSigner(Pki.Intermediate.BouncyCastleCertificate.SubjectDN, keys);
        _fixture.Server.SetCrl($"lt-separate-{_id}.crl", Crl(crlSigner, keys.Private).Build());

        await AssertLongTermAsync(SignerWith([Point($"lt-separate-{_id}.crl")], crlSigner), pades);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task B_LT_with_CRLs_split_by_reasons_validates_offline(bool pades)
    {
        DistributionPoint compromise = Point($"lt-compromise-{_id}.crl");
        DistributionPoint other = Point($"lt-other-{_id}.crl");
        _fixture.Server.SetCrl($"lt-compromise-{_id}.crl", ReasonsCrl(compromise, Compromise));
        _fixture.Server.SetCrl($"lt-other-{_id}.crl", ReasonsCrl(other, OtherReasons));

        await AssertLongTermAsync(SignerWith([compromise, other]), pades);
    }

    /// <summary>Signs B-LT (CAdES, or PAdES with <paramref name="pades"/>) against the live services, then validates offline.</summary>
    private async Task AssertLongTermAsync(LocalSigner signer, bool pades)
    {
        using (signer)
        {
            var result = pades ? await PadesAsync(signer) : await CadesAsync(signer);

            Assert.True(result.Indication == ValidationIndication.TotalPassed, Cades.Describe(result));
            Assert.Equal(pades ? "PAdES-BASELINE-LT" : "CAdES-BASELINE-LT", result.Level);
        }
    }

    private async Task<SignatureValidationResult> CadesAsync(LocalSigner signer)
    {
        var options = new CadesSignatureOptions { Level = SignatureLevel.BaselineLT, TimestampClient = TimestampClient() };
        byte[] cms = await new CadesSigner(signer, options, _fixture.Http).SignDigestAsync(SHA256.HashData(Content), HashAlgorithmName.SHA256);
        return await Cades.ValidateSingleAsync(cms, Content, PkiFixture.Trust(Pki.Root));
    }

    private async Task<SignatureValidationResult> PadesAsync(LocalSigner signer)
    {
        using var input = new MemoryStream(SamplePdf.Create());
        using var output = new MemoryStream();
        var options = new PadesSignatureOptions { Level = SignatureLevel.BaselineLT, TimestampClient = TimestampClient() };
        await new PadesSigner(signer, _fixture.Http).SignAsync(input, output, options);
        output.Position = 0;
        ValidationReport report = await new PadesValidator(PkiFixture.Trust(Pki.Root)).ValidateAsync(output);
        return Assert.Single(report.Signatures);
    }

    private TimestampClient TimestampClient() => new(_fixture.Http, new TimestampClientOptions { Url = _fixture.Tsa.Url });

    /// <summary>A signer issued by the intermediate with only these CRL distribution points; <paramref name="extra"/> goes with its chain.</summary>
    private LocalSigner SignerWith(DistributionPoint[] points, params BcCertificate[] extra)
    {
        var keys = TestCertificates.NewKeys();
        BcCertificate leaf = TestCertificates.Issue(
            new CertificateSpec("CN=LT CRL Issuer Signer") { CrlDistributionPoints = points }, keys.Public, Pki.Intermediate.BouncyCastleCertificate, Pki.Intermediate.PrivateKey);
        var key = ECDsa.Create();
        key.ImportPkcs8PrivateKey(PrivateKeyInfoFactory.CreatePrivateKeyInfo(keys.Private).GetDerEncoded(), out _);
        X509Certificate2 certificate = TestCertificates.ToBcl(leaf).CopyWithPrivateKey(key);
        return new LocalSigner(certificate, [Pki.Intermediate.Certificate, Pki.Root.Certificate, .. extra.Select(TestCertificates.ToBcl)]);
    }

    /// <summary>A certificate that may only sign CRLs, issued by the root, checked with the root's CRL.</summary>
    private BcCertificate IssueCrlSigner(X509Name subject, AsymmetricCipherKeyPair keys)
        => TestCertificates.Issue(
            new CertificateSpec(subject) { KeyUsage = KeyUsage.CrlSign, CrlDistributionPoints = [Point("root.crl")] }, keys.Public, Pki.Root.BouncyCastleCertificate, Pki.Root.PrivateKey);

    private DistributionPoint Point(string name, X509Name? crlIssuer = null)
        => new(
            new DistributionPointName(new GeneralNames(new GeneralName(GeneralName.UniformResourceIdentifier, new Uri(_fixture.Server.BaseUrl, "crl/" + name).AbsoluteUri))),
            null,
            crlIssuer is null ? null : new GeneralNames(new GeneralName(crlIssuer)));

    private byte[] ReasonsCrl(DistributionPoint point, int reasons)
        => Crl(Pki.Intermediate.BouncyCastleCertificate, Pki.Intermediate.PrivateKey)
            .WithScope(new IssuingDistributionPoint(point.DistributionPointName, false, false, new ReasonFlags(reasons), false, false)).Build();

    private static TestCrlBuilder Crl(BcCertificate issuer, AsymmetricKeyParameter key) => new(issuer, key, Now.AddHours(-1), Now.AddDays(1));
}
