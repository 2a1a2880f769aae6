using Bsre.Sdk.Testing.Revocation;
using BcX509Certificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>
/// The test PKI's online services, answered by the emulator itself so that their addresses are fixed by its URL (and stay
/// the same across restarts with <c>--pki DIR</c>): the OCSP responder, the two CRLs, the issuing CA certificate (AIA
/// caIssuers) at the URLs the certificates name (<see cref="TestPkiUrls"/> with base <c>{emulator}pki/</c>), and an
/// RFC 3161 TSA at <c>{emulator}pki/tsa</c>.
/// </summary>
internal sealed class PkiServices
{
    private readonly TimestampResponder _tsa;

    public PkiServices(TestPki pki)
    {
        Pki = pki;
        Ocsp = new TestOcspResponder(pki);
        BcX509Certificate[] chain = [.. pki.Chain.Select(c => new BcX509Certificate(c.RawData))];
        _tsa = new TimestampResponder(pki.Tsa, pki.Tsa, chain, TimeProvider.System, TimestampAuthorityServer.DefaultPolicyOid);
    }

    public TestPki Pki { get; }

    public TestOcspResponder Ocsp { get; }

    /// <summary>Gets the TSA address, next to the OCSP responder.</summary>
    public Uri TimestampUrl => new(Pki.Urls.BaseUrl, "tsa");

    public byte[] Timestamp(byte[] request) => _tsa.Respond(request, TimestampAuthorityBehavior.Normal);

    /// <summary>The CRL or certificate file at <c>{base}crl/NAME</c> or <c>{base}certs/NAME</c>, or <see langword="null"/>.</summary>
    public byte[]? File(string folder, string name) => (folder, name) switch
    {
        ("crl", "intermediate.crl") => Pki.IntermediateCrl,
        ("crl", "root.crl") => Pki.RootCrl,
        ("certs", "intermediate.cer") => Pki.Intermediate.Certificate.RawData,
        _ => null,
    };
}
