using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Tests.PathValidation;

/// <summary>Runs <see cref="CertificatePathValidator"/> with a fresh cache, and makes the extra CA certificates the tests need.</summary>
internal static class PathHarness
{
    public static Task<PathValidationResult> ValidateAsync(
        SignatureValidationOptions options,
        X509Certificate2 target,
        IReadOnlyCollection<X509Certificate2> candidates,
        DateTimeOffset time,
        CertificateUsage usage = CertificateUsage.Signature,
        IRevocationChecker? checker = null,
        HttpClient? http = null,
        PathCache? cache = null)
        => new CertificatePathValidator(options, checker, http, cache: cache ?? new PathCache())
            .ValidateAsync(target, candidates, time, usage, RevocationEvidence.Empty, CancellationToken.None);

    /// <summary>Re-issues the PKI's intermediate (same name and key) from the root with other validity dates: an alternative issuer.</summary>
    public static X509Certificate2 ReissueIntermediate(TestPki pki, DateTimeOffset notBefore, DateTimeOffset notAfter)
        => TestCertificates.ToBcl(TestCertificates.Issue(
            new CertificateSpec(pki.Intermediate.BouncyCastleCertificate.SubjectDN) { NotBefore = notBefore, NotAfter = notAfter, CaPathLength = 0, KeyUsage = CertificateSpec.CaKeyUsage },
            pki.Intermediate.BouncyCastleCertificate.GetPublicKey(),
            pki.Root.BouncyCastleCertificate,
            pki.Root.PrivateKey));

    /// <summary>Issues an end-entity certificate from the PKI's intermediate.</summary>
    public static X509Certificate2 IssueLeaf(TestPki pki, CertificateSpec spec)
        => TestCertificates.ToBcl(IssueLeafBc(pki.Intermediate.BouncyCastleCertificate, pki.Intermediate.PrivateKey, spec));

    public static BcCertificate IssueLeafBc(BcCertificate issuer, Org.BouncyCastle.Crypto.AsymmetricKeyParameter issuerKey, CertificateSpec spec)
        => TestCertificates.Issue(spec, TestCertificates.NewKeys().Public, issuer, issuerKey);

    public static string Explain(PathValidationResult result)
        => $"{result.Indication}/{result.SubIndication}: {string.Join(" | ", result.Errors)}";
}
