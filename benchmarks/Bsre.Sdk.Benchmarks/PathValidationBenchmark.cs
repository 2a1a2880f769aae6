using BenchmarkDotNet.Attributes;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Benchmarks;

/// <summary>
/// RFC 5280 validation of a 3-certificate test PKI chain (RSA-2048 signer, RSA-2048 intermediate, RSA-3072 root)
/// with <see cref="CertificatePathValidator"/>, offline, revocation checked by the SDK's <see cref="RevocationChecker"/>
/// against the PKI's two CRLs supplied as evidence. <see cref="WarmCache"/> is the steady
/// state of a long-running validator (target ≤ 200 µs): the path comes from the cache and only the revocation
/// checks run; <see cref="ColdCache"/> builds and checks the path from scratch (BouncyCastle PKIX, two RSA
/// signature verifications; certificates already parsed). It measures the internal path builder on purpose (the
/// issue's per-path target, without the CMS work of a public validator around it), so it needs the core's
/// InternalsVisibleTo; <see cref="CadesBenchmark"/> and <see cref="PdfValidationBenchmark"/> measure the public validators.
/// </summary>
public class PathValidationBenchmark
{
    private TestPki _pki = null!;
    private SignatureValidationOptions _options = null!;
    private CertificatePathValidator _warm = null!;
    private RevocationEvidence _evidence = null!;
    private RevocationChecker _revocation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pki = TestPki.Create();
        _options = new SignatureValidationOptions { Offline = true, ValidationTime = _pki.Now };
        _options.TrustAnchors.Add(_pki.Root.Certificate);
        _evidence = new RevocationEvidence([_pki.IntermediateCrl, _pki.RootCrl], []);
        _revocation = new RevocationChecker(_options);
        _warm = new CertificatePathValidator(_options, _revocation, httpClient: null, cache: new PathCache());
        if (!WarmCache().GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("The benchmark chain does not validate.");
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<bool> WarmCache()
        => (await _warm.ValidateAsync(_pki.SignerRsa.Certificate, [_pki.Intermediate.Certificate], _pki.Now, CertificateUsage.Signature, _evidence, CancellationToken.None)).IsValid;

    [Benchmark]
    public async Task<bool> ColdCache()
        => (await new CertificatePathValidator(_options, _revocation, httpClient: null, cache: new PathCache())
            .ValidateAsync(_pki.SignerRsa.Certificate, [_pki.Intermediate.Certificate], _pki.Now, CertificateUsage.Signature, _evidence, CancellationToken.None)).IsValid;
}
