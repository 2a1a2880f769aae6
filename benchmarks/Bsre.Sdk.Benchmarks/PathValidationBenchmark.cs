using BenchmarkDotNet.Attributes;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Benchmarks;

/// <summary>
/// RFC 5280 validation of a 3-certificate test PKI chain (RSA-2048 signer, RSA-2048 intermediate, RSA-3072 root)
/// with <see cref="CertificatePathValidator"/>, offline, revocation checked by the SDK's <c>RevocationChecker</c>
/// (when the build has it) against the PKI's two CRLs supplied as evidence. <see cref="WarmCache"/> is the steady
/// state of a long-running validator (target ≤ 200 µs): the path comes from the cache and only the revocation
/// checks run; <see cref="ColdCache"/> builds and checks the path from scratch (BouncyCastle PKIX, two RSA
/// signature verifications; certificates already parsed).
/// </summary>
public class PathValidationBenchmark
{
    private TestPki _pki = null!;
    private SignatureValidationOptions _options = null!;
    private CertificatePathValidator _warm = null!;
    private RevocationEvidence _evidence = null!;
    private IRevocationChecker? _revocation;

    [GlobalSetup]
    public void Setup()
    {
        _pki = TestPki.Create();
        _options = new SignatureValidationOptions { Offline = true, ValidationTime = _pki.Now };
        _options.TrustAnchors.Add(_pki.Root.Certificate);
        _evidence = new RevocationEvidence([_pki.IntermediateCrl, _pki.RootCrl], []);
        _revocation = CreateRevocationChecker(_options);
        _warm = new CertificatePathValidator(_options, _revocation, httpClient: null, cache: new PathCache());
        if (!WarmCache().GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("The benchmark chain does not validate.");
        }

        Console.WriteLine($"// Revocation: {(_revocation is null ? "not checked (no RevocationChecker in the build)" : "RevocationChecker, offline, 2 CRLs")}");
    }

    [Benchmark(Baseline = true)]
    public async Task<bool> WarmCache()
        => (await _warm.ValidateAsync(_pki.SignerRsa.Certificate, [_pki.Intermediate.Certificate], _pki.Now, CertificateUsage.Signature, _evidence, CancellationToken.None)).IsValid;

    [Benchmark]
    public async Task<bool> ColdCache()
        => (await new CertificatePathValidator(_options, _revocation, httpClient: null, cache: new PathCache())
            .ValidateAsync(_pki.SignerRsa.Certificate, [_pki.Intermediate.Certificate], _pki.Now, CertificateUsage.Signature, _evidence, CancellationToken.None)).IsValid;

    /// <summary>The SDK's RevocationChecker, found by name so this benchmark builds before it exists.</summary>
    private static IRevocationChecker? CreateRevocationChecker(SignatureValidationOptions options)
    {
        var constructor = typeof(IRevocationChecker).Assembly.GetType("Bsre.Sdk.Validation.Revocation.RevocationChecker")?
            .GetConstructors().FirstOrDefault(c => c.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(SignatureValidationOptions));
        return (IRevocationChecker?)constructor?.Invoke([options, .. constructor.GetParameters().Skip(1).Select(p => p.HasDefaultValue ? p.DefaultValue : null)]);
    }
}
