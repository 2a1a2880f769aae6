using System.Runtime.InteropServices;
using Bsre.Sdk.Testing;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.EdEC;
using Org.BouncyCastle.Crypto.Parameters;

namespace Bsre.Sdk.TestUtils;

/// <summary>
/// A SoftHSM2 (Debian <c>softhsm2</c>) installation of its own under a temporary directory: a configuration file that
/// <c>SOFTHSM2_CONF</c> points to, and tokens made with <see cref="AddToken"/> holding keys and certificates of the test
/// PKI. Tokens must be made before any signer of the process loads the module (SoftHSM reads its token directory
/// when it is initialised, and a module is initialised once per process).
/// </summary>
public sealed class SoftHsm : IDisposable
{
    /// <summary>The SO PIN of every token made here.</summary>
    public const string SecurityOfficerPin = "so-pin-12345678";

    private static readonly string[] Locations =
    [
        "/usr/lib/softhsm/libsofthsm2.so",
        "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
        "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
        "/usr/local/lib/softhsm/libsofthsm2.so",
    ];

    private SoftHsm(string directory)
    {
        Directory = directory;
        ConfigPath = Path.Combine(directory, "softhsm2.conf");
    }

    /// <summary>Gets the SoftHSM2 module, or <see langword="null"/> when it is not installed (<c>apt-get install softhsm2</c>).</summary>
    public static string? ModulePath { get; } = Array.Find(Locations, File.Exists);

    /// <summary>Gets the directory holding the configuration and the tokens.</summary>
    public string Directory { get; }

    /// <summary>Gets the configuration file; pass it to child processes as <c>SOFTHSM2_CONF</c>.</summary>
    public string ConfigPath { get; }

    /// <summary>Gets the environment a child process needs to see these tokens.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["SOFTHSM2_CONF"] = ConfigPath };

    /// <summary>Writes a configuration under <paramref name="directory"/> and points this process's <c>SOFTHSM2_CONF</c> at it.</summary>
    /// <param name="directory">An empty directory of the caller's.</param>
    /// <returns>The installation, without tokens yet.</returns>
    public static SoftHsm Create(string directory)
    {
        var hsm = new SoftHsm(directory);
        string tokens = System.IO.Directory.CreateDirectory(Path.Combine(directory, "tokens")).FullName;
        File.WriteAllText(hsm.ConfigPath, $"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
        hsm.PointProcessAtConfig();
        return hsm;
    }

    /// <summary>
    /// Initialises a token and imports each identity's private key (label = the identity's name, CKA_ID = its index + 1)
    /// with its certificate under the same CKA_ID, and <paramref name="caCertificates"/> under CKA_IDs from 0xCA01.
    /// </summary>
    /// <param name="label">The token label.</param>
    /// <param name="userPin">The user PIN.</param>
    /// <param name="identities">The keys and certificates.</param>
    /// <param name="caCertificates">CA certificates to put on the token too.</param>
    /// <param name="alwaysAuthenticate">Marks the keys CKA_ALWAYS_AUTHENTICATE (a login before every signature).</param>
    public void AddToken(string label, string userPin, IReadOnlyList<TestIdentity> identities, IReadOnlyList<TestIdentity>? caCertificates = null, bool alwaysAuthenticate = false)
    {
        ArgumentNullException.ThrowIfNull(identities);
        string module = ModulePath ?? throw new InvalidOperationException("SoftHSM2 is not installed (apt-get install softhsm2).");
        PointProcessAtConfig();
        Pkcs11InteropLibdl.EnsureResolver();
        var factories = new Pkcs11InteropFactories();
        using IPkcs11Library library = factories.Pkcs11LibraryFactory.LoadPkcs11Library(factories, module, AppType.MultiThreaded);
        ISlot free = library.GetSlotList(SlotsType.WithTokenPresent).First(s => !s.GetTokenInfo().TokenFlags.TokenInitialized);
        free.InitToken(SecurityOfficerPin, label);
        if (System.IO.Directory.GetDirectories(Path.Combine(Directory, "tokens")).Length == 0)
        {
            throw new InvalidOperationException($"SoftHSM did not put the token under {Directory}: the module was loaded before SOFTHSM2_CONF was set.");
        }

        ISlot slot = library.GetSlotList(SlotsType.WithTokenPresent).First(s => s.GetTokenInfo().Label.Trim() == label);
        using (ISession so = slot.OpenSession(SessionType.ReadWrite))
        {
            so.Login(CKU.CKU_SO, SecurityOfficerPin);
            so.InitPin(userPin);
            so.Logout();
        }

        using ISession session = slot.OpenSession(SessionType.ReadWrite);
        session.Login(CKU.CKU_USER, userPin);
        for (int i = 0; i < identities.Count; i++)
        {
            byte[] id = [(byte)(i + 1)];
            session.CreateObject(PrivateKeyTemplate(session, identities[i], id, alwaysAuthenticate));
            session.CreateObject(CertificateTemplate(session, identities[i], id));
        }

        for (int i = 0; i < (caCertificates?.Count ?? 0); i++)
        {
            session.CreateObject(CertificateTemplate(session, caCertificates![i], [0xCA, (byte)(i + 1)]));
        }

        session.Logout();
    }

    /// <summary>Deletes the directory.</summary>
    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [DllImport("libc", EntryPoint = "setenv", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int SetNativeEnvironmentVariable(string name, string value, int overwrite);

    /// <summary>
    /// Sets <c>SOFTHSM2_CONF</c> for this process's native code too: SoftHSM reads it with getenv, and .NET on Unix keeps
    /// <see cref="System.Environment.SetEnvironmentVariable(string, string)"/> to itself (and its child processes).
    /// </summary>
    private void PointProcessAtConfig()
    {
        System.Environment.SetEnvironmentVariable("SOFTHSM2_CONF", ConfigPath);
        if (SetNativeEnvironmentVariable("SOFTHSM2_CONF", ConfigPath, 1) != 0)
        {
            throw new InvalidOperationException("setenv(SOFTHSM2_CONF) failed.");
        }
    }

    private static List<IObjectAttribute> CertificateTemplate(ISession session, TestIdentity identity, byte[] id)
    {
        var f = session.Factories.ObjectAttributeFactory;
        return
        [
            f.Create(CKA.CKA_CLASS, CKO.CKO_CERTIFICATE),
            f.Create(CKA.CKA_CERTIFICATE_TYPE, CKC.CKC_X_509),
            f.Create(CKA.CKA_TOKEN, true),
            f.Create(CKA.CKA_LABEL, identity.Name),
            f.Create(CKA.CKA_ID, id),
            f.Create(CKA.CKA_SUBJECT, identity.Certificate.SubjectName.RawData),
            f.Create(CKA.CKA_VALUE, identity.Certificate.RawData),
        ];
    }

    private static List<IObjectAttribute> PrivateKeyTemplate(ISession session, TestIdentity identity, byte[] id, bool alwaysAuthenticate)
    {
        var f = session.Factories.ObjectAttributeFactory;
        List<IObjectAttribute> template =
        [
            f.Create(CKA.CKA_CLASS, CKO.CKO_PRIVATE_KEY),
            f.Create(CKA.CKA_TOKEN, true),
            f.Create(CKA.CKA_PRIVATE, true),
            f.Create(CKA.CKA_SENSITIVE, true),
            f.Create(CKA.CKA_SIGN, true),
            f.Create(CKA.CKA_LABEL, identity.Name),
            f.Create(CKA.CKA_ID, id),
            f.Create(CKA.CKA_ALWAYS_AUTHENTICATE, alwaysAuthenticate),
        ];
        switch (identity.PrivateKey)
        {
            case RsaPrivateCrtKeyParameters rsa:
                template.AddRange(
                [
                    f.Create(CKA.CKA_KEY_TYPE, CKK.CKK_RSA),
                    f.Create(CKA.CKA_MODULUS, rsa.Modulus.ToByteArrayUnsigned()),
                    f.Create(CKA.CKA_PUBLIC_EXPONENT, rsa.PublicExponent.ToByteArrayUnsigned()),
                    f.Create(CKA.CKA_PRIVATE_EXPONENT, rsa.Exponent.ToByteArrayUnsigned()),
                    f.Create(CKA.CKA_PRIME_1, rsa.P.ToByteArrayUnsigned()),
                    f.Create(CKA.CKA_PRIME_2, rsa.Q.ToByteArrayUnsigned()),
                    f.Create(CKA.CKA_EXPONENT_1, rsa.DP.ToByteArrayUnsigned()),
                    f.Create(CKA.CKA_EXPONENT_2, rsa.DQ.ToByteArrayUnsigned()),
                    f.Create(CKA.CKA_COEFFICIENT, rsa.QInv.ToByteArrayUnsigned()),
                ]);
                break;
            case ECPrivateKeyParameters ec:
                int size = (ec.Parameters.N.BitLength + 7) / 8;
                template.AddRange(
                [
                    f.Create(CKA.CKA_KEY_TYPE, CKK.CKK_EC),
                    f.Create(CKA.CKA_EC_PARAMS, ec.PublicKeyParamSet.GetEncoded(Asn1Encodable.Der)),
                    f.Create(CKA.CKA_VALUE, Org.BouncyCastle.Utilities.BigIntegers.AsUnsignedByteArray(size, ec.D)),
                ]);
                break;
            case Ed25519PrivateKeyParameters ed:
                template.AddRange(
                [
                    f.Create(CKA.CKA_KEY_TYPE, (ulong)0x40), // CKK_EC_EDWARDS (PKCS#11 v3.0)
                    f.Create(CKA.CKA_EC_PARAMS, EdECObjectIdentifiers.id_Ed25519.GetEncoded(Asn1Encodable.Der)),
                    f.Create(CKA.CKA_VALUE, ed.GetEncoded()),
                ]);
                break;
            default:
                throw new NotSupportedException($"'{identity.Name}' has a key SoftHsm cannot import: {identity.PrivateKey.GetType().Name}.");
        }

        return template;
    }
}
