using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using Bsre.Sdk.Testing;
using Bsre.Sdk.Testing.Revocation;
using Bsre.Sdk.Validation;
using Bsre.Sdk.Validation.Revocation;
using Org.BouncyCastle.Math;

namespace Bsre.Sdk.Benchmarks;

/// <summary>
/// Revocation costs against the targets: parse + verify an OCSP response from a delegated responder
/// (RSA-2048, responder certificate in the response; target ≤ 150 µs), in steady state (the responder certificate and
/// the public keys already seen, as for every response after a responder's first) and cold; a lookup in a
/// 100,000-entry CRL once loaded (target ≤ 1 µs), also as the full per-certificate CRL check with the signature
/// already verified; and loading (parse + index) that CRL (target ≤ 300 ms). The targets are of the internal
/// building blocks (OCSP verifier, CRL index), measured on purpose without the fetch and cache around them, so this
/// benchmark needs the core's InternalsVisibleTo; the 100,000-entry CRL is made with the test package's internal CRL builder
/// (a public CRL of that size would need as many certificates).
/// </summary>
public class RevocationBenchmarks
{
    private const int CrlEntries = 100_000;
    private readonly RevocationOptions _options = new();
    private TestPki _pki = null!;
    private X509Certificate2 _certificate = null!;
    private X509Certificate2 _issuer = null!;
    private byte[] _ocspResponse = [];
    private byte[] _crlDer = [];
    private ParsedCrl _crl = null!;
    private byte[][] _serials = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _pki = TestPki.Create();
        _certificate = _pki.SignerRsa.Certificate;
        _issuer = _pki.Intermediate.Certificate;
        _ocspResponse = new TestOcspResponder(_pki).CreateResponse(_certificate);

        var builder = new TestCrlBuilder(_pki.Intermediate, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(7));
        var random = new Random(2026);
        var serials = new List<byte[]>();
        for (int i = 0; i < CrlEntries; i++)
        {
            byte[] serial = new byte[16];
            random.NextBytes(serial);
            serial[0] = (byte)((serial[0] & 0x7F) | 0x40);
            builder.Revoke(new BigInteger(1, serial), DateTimeOffset.UtcNow.AddDays(-(i % 300)), i % 3 == 0 ? 1 : -1);
            serials.Add(serial);
        }

        _crlDer = builder.Build();
        _crl = CrlParser.Parse(_crlDer);
        CrlVerifier.VerifyIssuer(_crl, _issuer);

        // Half the probes are listed serials, half are not.
        _serials = [.. serials.Take(512).SelectMany(s => new[] { s, RandomNumberGenerator.GetBytes(16) })];
    }

    [Benchmark(Description = "OCSP response: parse + verify (delegated responder)")]
    public object ParseAndVerifyOcspResponse()
        => OcspResponseVerifier.Verify(_ocspResponse, _certificate, _issuer, DateTimeOffset.UtcNow, _options);

    [Benchmark(Description = "OCSP response: parse + verify, cold (no kept keys or responder)")]
    public object ParseAndVerifyOcspResponseCold()
    {
        VerificationKeys.Clear();
        OcspResponderAuthorization.Clear();
        return OcspResponseVerifier.Verify(_ocspResponse, _certificate, _issuer, DateTimeOffset.UtcNow, _options);
    }

    [Benchmark(Description = "CRL 100k: lookup by serial")]
    public bool LookupIn100kCrl()
    {
        byte[] serial = _serials[_next++ & (_serials.Length - 1)];
        return _crl.TryFind(serial, out _);
    }

    [Benchmark(Description = "CRL 100k: full check of a certificate (signature memoised)")]
    public object CheckCertificateIn100kCrl()
        => CrlVerifier.Check(_crl, [], _certificate, _issuer, DateTimeOffset.UtcNow, _options);

    [Benchmark(Description = "CRL 100k: load (parse + index)")]
    public int Load100kCrl() => CrlParser.Parse(_crlDer).Count;
}
