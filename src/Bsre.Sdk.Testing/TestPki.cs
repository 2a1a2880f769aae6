using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto;
using BcX509Certificate = Org.BouncyCastle.X509.X509Certificate;

namespace Bsre.Sdk.Testing;

/// <summary>
/// An in-memory test PKI shaped like Indonesia's BSrE hierarchy: a self-signed root
/// ("Root CA Indonesia DS G1 (TEST)"), an intermediate ("BSRE CA DS G1 (TEST)", pathLen 0) and end-entity
/// certificates for signers, a TSA and a delegated OCSP responder, plus CRLs for both CAs.
/// Everything is generated afresh by <see cref="Create"/>; nothing here is trusted anywhere. TEST ONLY.
/// </summary>
public sealed class TestPki
{
    /// <summary>The dotted value of the certificate policy put into every end-entity certificate (placeholder for BSrE's policy).</summary>
    public const string CertificatePolicyOid = "2.16.360.1.1.1.1.1";

    /// <summary>Subject of the root CA.</summary>
    public const string RootSubject = "CN=Root CA Indonesia DS G1 (TEST), O=Badan Siber dan Sandi Negara, C=ID";

    /// <summary>Subject of the intermediate (issuing) CA.</summary>
    public const string IntermediateSubject = "CN=BSRE CA DS G1 (TEST), O=Badan Siber dan Sandi Negara, C=ID";

    private const string SignerOrganization = "O=Kementerian Contoh, C=ID";
    private const string BssnOrganization = "O=Badan Siber dan Sandi Negara, C=ID";

    private long _crlNumber;

    private TestPki(TestPkiUrls urls, DateTimeOffset now)
    {
        Urls = urls;
        Now = now;
    }

    /// <summary>The reference time all validity periods and CRL dates were computed from.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The service URLs written into the certificates (OCSP, caIssuers, CRL distribution points).</summary>
    public TestPkiUrls Urls { get; }

    /// <summary>The self-signed root CA (RSA-3072, 20 years).</summary>
    public TestIdentity Root { get; private set; } = null!;

    /// <summary>The issuing CA (RSA-2048, pathLen 0, 10 years), issuer of every end-entity certificate.</summary>
    public TestIdentity Intermediate { get; private set; } = null!;

    /// <summary>Signer with an RSA-2048 key ("Budi Santoso (TEST)").</summary>
    public TestIdentity SignerRsa { get; private set; } = null!;

    /// <summary>Signer with an ECDSA P-256 key ("Siti Rahayu (TEST)").</summary>
    public TestIdentity SignerEcdsa { get; private set; } = null!;

    /// <summary>Signer with an ECDSA P-384 key ("Agus Wijaya (TEST)").</summary>
    public TestIdentity SignerEcdsaP384 { get; private set; } = null!;

    /// <summary>Signer with an Ed25519 key ("Dewi Lestari (TEST)").</summary>
    public TestIdentity SignerEd25519 { get; private set; } = null!;

    /// <summary>RSA-2048 signer listed in <see cref="IntermediateCrl"/> (keyCompromise, revoked at <see cref="Now"/> - 1h).</summary>
    public TestIdentity SignerRevoked { get; private set; } = null!;

    /// <summary>RSA-2048 signer whose certificate expired a year before <see cref="Now"/>.</summary>
    public TestIdentity SignerExpired { get; private set; } = null!;

    /// <summary>RFC 3161 time-stamping unit (RSA-2048, critical EKU id-kp-timeStamping).</summary>
    public TestIdentity Tsa { get; private set; } = null!;

    /// <summary>Delegated OCSP responder (RSA-2048, EKU id-kp-OCSPSigning, id-pkix-ocsp-nocheck).</summary>
    public TestIdentity OcspResponder { get; private set; } = null!;

    /// <summary>All end-entity identities created by <see cref="Create"/>, in <see cref="WriteTo"/> order.</summary>
    public IReadOnlyList<TestIdentity> Leaves { get; private set; } = [];

    /// <summary>The CA certificates (public parts only): intermediate first, then root.</summary>
    public IReadOnlyList<X509Certificate2> Chain { get; private set; } = [];

    /// <summary>
    /// DER CRL of the intermediate: thisUpdate <see cref="Now"/> - 1h, nextUpdate <see cref="Now"/> + 7 days,
    /// listing <see cref="SignerRevoked"/> with reason keyCompromise.
    /// </summary>
    public byte[] IntermediateCrl { get; private set; } = [];

    /// <summary>DER CRL of the root (no entries): thisUpdate <see cref="Now"/> - 1h, nextUpdate <see cref="Now"/> + 30 days.</summary>
    public byte[] RootCrl { get; private set; } = [];

    /// <summary>Generates a fresh test PKI (new keys every call; takes around a second).</summary>
    /// <param name="options">Service base URL and reference time; defaults when <see langword="null"/>.</param>
    public static TestPki Create(TestPkiOptions? options = null)
    {
        options ??= new TestPkiOptions();
        var pki = new TestPki(TestPkiUrls.For(options.ServiceBaseUrl), options.Now);
        pki.Build();
        return pki;
    }

    /// <summary>
    /// Issues an extra signer certificate from the intermediate, with the same profile as <see cref="SignerRsa"/>
    /// (AIA, CRL DP, policy, KeyUsage digitalSignature + nonRepudiation).
    /// </summary>
    /// <param name="name">File stem for the identity, e.g. <c>signer-extra</c>.</param>
    /// <param name="commonName">Subject CN; the subject is <c>CN={commonName}, O=Kementerian Contoh, C=ID</c>.</param>
    /// <param name="keyAlgorithm">Key algorithm of the new key pair.</param>
    /// <param name="notBefore">Start of validity; defaults to <see cref="Now"/> - 1 day.</param>
    /// <param name="notAfter">End of validity; defaults to <see cref="Now"/> + 2 years.</param>
    public TestIdentity IssueSigner(
        string name,
        string commonName,
        TestKeyAlgorithm keyAlgorithm,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? notAfter = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(commonName);
        return IssueLeaf(
            LeafProfile.Signer,
            name,
            $"CN={commonName}, {SignerOrganization}",
            keyAlgorithm,
            KeyPairs.Generate(keyAlgorithm),
            notBefore ?? Now.AddDays(-1),
            notAfter ?? Now.AddYears(2));
    }

    /// <summary>
    /// Issues an extra timestamp-authority certificate from the intermediate, with the same profile as <see cref="Tsa"/>
    /// (critical timeStamping EKU), e.g. a TSA whose certificate outlives <see cref="Tsa"/> for archive-renewal tests.
    /// </summary>
    /// <param name="name">File stem for the identity, e.g. <c>tsa-g2</c>.</param>
    /// <param name="commonName">Subject CN; the subject is <c>CN={commonName}, O=Badan Siber dan Sandi Negara, C=ID</c>.</param>
    /// <param name="notBefore">Start of validity; defaults to <see cref="Now"/> - 1 day.</param>
    /// <param name="notAfter">End of validity; defaults to <see cref="Now"/> + 2 years.</param>
    /// <param name="keyAlgorithm">The key; RSA-2048 like <see cref="Tsa"/> by default (the default cryptographic policy accepts it until 2029, RSA-3072 without an end).</param>
    public TestIdentity IssueTimestampAuthority(string name, string commonName, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null, TestKeyAlgorithm keyAlgorithm = TestKeyAlgorithm.Rsa2048)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(commonName);
        return IssueLeaf(
            LeafProfile.TimeStamping,
            name,
            $"CN={commonName}, {BssnOrganization}",
            keyAlgorithm,
            KeyPairs.Generate(keyAlgorithm),
            notBefore ?? Now.AddDays(-1),
            notAfter ?? Now.AddYears(2));
    }

    /// <summary>
    /// Creates a DER-encoded X.509 v2 CRL signed by <paramref name="issuer"/> with an AuthorityKeyIdentifier and a
    /// CRL number (increasing within this PKI unless given). Use it for stale, expired or wrongly signed CRLs.
    /// </summary>
    /// <param name="issuer">The CRL issuer, normally <see cref="Intermediate"/> or <see cref="Root"/>.</param>
    /// <param name="entries">The revoked certificates.</param>
    /// <param name="thisUpdate">The thisUpdate time.</param>
    /// <param name="nextUpdate">The nextUpdate time.</param>
    /// <param name="crlNumber">The CRL number; by default the next number of this PKI's counter.</param>
    public byte[] CreateCrl(
        TestIdentity issuer,
        IEnumerable<CrlEntry> entries,
        DateTimeOffset thisUpdate,
        DateTimeOffset nextUpdate,
        long? crlNumber = null)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(entries);
        long number = crlNumber ?? Interlocked.Increment(ref _crlNumber);
        return CrlFactory.Create(issuer, entries, thisUpdate, nextUpdate, number);
    }

    /// <summary>
    /// Writes the PKI to <paramref name="directory"/> (created if missing, same-named files overwritten):
    /// <c>root.pem</c>, <c>intermediate.pem</c>, <c>chain.pem</c> (intermediate + root), <c>crl.pem</c>
    /// (<see cref="IntermediateCrl"/>), <c>root-crl.pem</c>, <c>README.txt</c> and, for each of <see cref="Leaves"/>,
    /// <c>{Name}.pem</c>, <c>{Name}.p12</c> and <c>{Name}.password</c> (password + "\n"; owner-only on Unix).
    /// </summary>
    public void WriteTo(string directory) => TestPkiWriter.Write(this, directory);

    /// <summary>Returns whether <paramref name="directory"/> holds a PKI that <see cref="Load"/> can read (its <c>root.p12</c> and <c>intermediate.p12</c>).</summary>
    /// <param name="directory">The directory <see cref="WriteTo"/> wrote.</param>
    public static bool ExistsIn(string directory) => TestPkiReader.Exists(directory);

    /// <summary>
    /// Reads back a PKI that <see cref="WriteTo"/> wrote: the same keys, certificates, passwords and service URLs, so
    /// that everything signed with it before still validates. Its CRLs are issued afresh as of <paramref name="now"/>
    /// (the revoked signer stays revoked) and <c>crl.pem</c> and <c>root-crl.pem</c> are rewritten.
    /// </summary>
    /// <param name="directory">The directory <see cref="WriteTo"/> wrote.</param>
    /// <param name="now">The time to issue the CRLs at; default the current time.</param>
    /// <returns>The PKI.</returns>
    /// <exception cref="InvalidDataException">A file is missing or does not open with its password.</exception>
    public static TestPki Load(string directory, DateTimeOffset? now = null)
    {
        TestPkiReader.Contents contents = TestPkiReader.Read(directory);
        var pki = new TestPki(TestPkiUrls.For(contents.ServiceBaseUrl), contents.Root.Certificate.NotBefore.ToUniversalTime().AddDays(1));
        pki.Root = contents.Root;
        pki.Intermediate = contents.Intermediate;
        pki.SignerRsa = contents.Leaf("signer-rsa");
        pki.SignerEcdsa = contents.Leaf("signer-ecdsa");
        pki.SignerEcdsaP384 = contents.Leaf("signer-ecdsa-p384");
        pki.SignerEd25519 = contents.Leaf("signer-ed25519");
        pki.SignerRevoked = contents.Leaf("signer-revoked");
        pki.SignerExpired = contents.Leaf("signer-expired");
        pki.Tsa = contents.Leaf("tsa");
        pki.OcspResponder = contents.Leaf("ocsp");
        pki.Leaves = [pki.SignerRsa, pki.SignerEcdsa, pki.SignerEcdsaP384, pki.SignerEd25519, pki.SignerRevoked, pki.SignerExpired, pki.Tsa, pki.OcspResponder];
        pki.Chain = [pki.Intermediate.Certificate, pki.Root.Certificate];
        pki._crlNumber = DateTimeOffset.UtcNow.ToUnixTimeSeconds(); // later CRLs get higher numbers than those written before
        pki.IssueCrls(now ?? DateTimeOffset.UtcNow);
        TestPkiWriter.WriteCrls(pki, directory);
        return pki;
    }

    private void Build()
    {
        TestKeyAlgorithm[] algorithms =
        [
            TestKeyAlgorithm.Rsa3072, TestKeyAlgorithm.Rsa2048, // root, intermediate
            TestKeyAlgorithm.Rsa2048, TestKeyAlgorithm.EcdsaP256, TestKeyAlgorithm.EcdsaP384, TestKeyAlgorithm.Ed25519,
            TestKeyAlgorithm.Rsa2048, TestKeyAlgorithm.Rsa2048, TestKeyAlgorithm.Rsa2048, TestKeyAlgorithm.Rsa2048,
        ];
        AsymmetricCipherKeyPair[] keys = algorithms.AsParallel().AsOrdered().Select(KeyPairs.Generate).ToArray();

        DateTimeOffset notBefore = Now.AddDays(-1);
        BcX509Certificate rootCert = CertificateFactory.CreateRoot(RootSubject, keys[0], notBefore, Now.AddYears(20));
        Root = new TestIdentity("root", algorithms[0], rootCert, keys[0].Private, []);
        BcX509Certificate intermediateCert = CertificateFactory.CreateIntermediate(
            IntermediateSubject, keys[1].Public, rootCert, keys[0].Private, notBefore, Now.AddYears(10), Urls.RootCrl);
        Intermediate = new TestIdentity("intermediate", algorithms[1], intermediateCert, keys[1].Private, [rootCert]);

        DateTimeOffset notAfter = Now.AddYears(2);
        SignerRsa = IssueLeaf(LeafProfile.Signer, "signer-rsa", Signer("Budi Santoso"), algorithms[2], keys[2], notBefore, notAfter);
        SignerEcdsa = IssueLeaf(LeafProfile.Signer, "signer-ecdsa", Signer("Siti Rahayu"), algorithms[3], keys[3], notBefore, notAfter);
        SignerEcdsaP384 = IssueLeaf(LeafProfile.Signer, "signer-ecdsa-p384", Signer("Agus Wijaya"), algorithms[4], keys[4], notBefore, notAfter);
        SignerEd25519 = IssueLeaf(LeafProfile.Signer, "signer-ed25519", Signer("Dewi Lestari"), algorithms[5], keys[5], notBefore, notAfter);
        SignerRevoked = IssueLeaf(LeafProfile.Signer, "signer-revoked", Signer("Rudi Hartono"), algorithms[6], keys[6], notBefore, notAfter);
        SignerExpired = IssueLeaf(
            LeafProfile.Signer, "signer-expired", Signer("Wati Kusuma"), algorithms[7], keys[7], Now.AddYears(-2), Now.AddYears(-1));
        Tsa = IssueLeaf(
            LeafProfile.TimeStamping, "tsa", $"CN=BSrE Timestamp Authority (TEST), {BssnOrganization}", algorithms[8], keys[8], notBefore, notAfter);
        OcspResponder = IssueLeaf(
            LeafProfile.OcspSigning, "ocsp", $"CN=BSrE OCSP Responder (TEST), {BssnOrganization}", algorithms[9], keys[9], notBefore, notAfter);

        Leaves = [SignerRsa, SignerEcdsa, SignerEcdsaP384, SignerEd25519, SignerRevoked, SignerExpired, Tsa, OcspResponder];
        Chain = [Intermediate.Certificate, Root.Certificate];

        IssueCrls(Now);
    }

    /// <summary>Issues both CRLs as of <paramref name="at"/> (this update an hour before); the revoked signer stays revoked since <see cref="Now"/> - 1h.</summary>
    private void IssueCrls(DateTimeOffset at)
    {
        DateTimeOffset thisUpdate = at.AddHours(-1);
        IntermediateCrl = CreateCrl(
            Intermediate,
            [new CrlEntry(SignerRevoked.Certificate, Now.AddHours(-1), X509RevocationReason.KeyCompromise)],
            thisUpdate,
            at.AddDays(7));
        RootCrl = CreateCrl(Root, [], thisUpdate, at.AddDays(30));
    }

    private static string Signer(string person) => $"CN={person} (TEST), {SignerOrganization}";

    private TestIdentity IssueLeaf(
        LeafProfile profile,
        string name,
        string subject,
        TestKeyAlgorithm algorithm,
        AsymmetricCipherKeyPair keys,
        DateTimeOffset notBefore,
        DateTimeOffset notAfter)
    {
        BcX509Certificate cert = CertificateFactory.CreateLeaf(
            profile, subject, keys.Public, Intermediate.BouncyCastleCertificate, Intermediate.PrivateKey, notBefore, notAfter, Urls);
        return new TestIdentity(name, algorithm, cert, keys.Private, [Intermediate.BouncyCastleCertificate, Root.BouncyCastleCertificate]);
    }
}
