using Bsre.Sdk.Csc.Internal;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Csc;

/// <summary>A signing credential of a CSC service (<c>credentials/info</c>, CSC API v2.0 §11.5): its certificates, key and authorization.</summary>
public sealed class CscCredential
{
    internal CscCredential(string id, string? description, SignerCertificates certificates, CscCredentialKey key, string certificateStatus, string authMode, IReadOnlyList<string> authObjects, int scal, int multisign)
    {
        Id = id;
        Description = description;
        Certificates = certificates;
        KeyAlgorithms = key.Algorithms;
        KeyLength = key.Length;
        KeyEnabled = key.Enabled;
        CertificateStatus = certificateStatus;
        AuthMode = authMode;
        AuthObjects = authObjects;
        Scal = scal;
        Multisign = multisign;
    }

    /// <summary>Gets the credential's id (<c>credentialID</c>).</summary>
    public string Id { get; }

    /// <summary>Gets the service's description of the credential, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Gets the signing certificate and the CA certificates the service returned with it.</summary>
    public SignerCertificates Certificates { get; }

    /// <summary>Gets the OIDs of the signature algorithms the key supports (<c>key/algo</c>), e.g. <c>1.2.840.113549.1.1.1</c>.</summary>
    public IReadOnlyList<string> KeyAlgorithms { get; }

    /// <summary>Gets the key length in bits (<c>key/len</c>), or 0 when not given.</summary>
    public int KeyLength { get; }

    /// <summary>Gets whether the key is enabled (<c>key/status</c> <c>enabled</c>).</summary>
    public bool KeyEnabled { get; }

    /// <summary>Gets the certificate status the service reports (<c>cert/status</c>: <c>valid</c>, <c>expired</c>, <c>revoked</c>, <c>suspended</c>), <c>valid</c> when not given.</summary>
    public string CertificateStatus { get; }

    /// <summary>Gets how signatures are authorized (<c>auth/mode</c>): <c>explicit</c> (PIN/OTP to <c>credentials/authorize</c>), <c>implicit</c> or <c>oauth2code</c>.</summary>
    public string AuthMode { get; }

    /// <summary>Gets the ids of the authentication objects <c>credentials/authorize</c> needs (e.g. <c>PIN</c>, <c>OTP</c>).</summary>
    public IReadOnlyList<string> AuthObjects { get; }

    /// <summary>Gets the Sole Control Assurance Level (1 or 2; at 2 the SAD is bound to the hashes, which this SDK always sends).</summary>
    public int Scal { get; }

    /// <summary>Gets how many signatures one authorization may cover (<c>multisign</c>).</summary>
    public int Multisign { get; }
}
