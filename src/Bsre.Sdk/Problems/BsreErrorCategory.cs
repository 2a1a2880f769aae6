namespace Bsre.Sdk;

/// <summary>
/// What kind of failure an SDK exception is, for hosts that are not web APIs: the <c>bsre</c> tool maps it to its exit
/// code (docs/cli.md), a worker to whether it retries or asks the user. Carried by <see cref="BsreProblem.Category"/>.
/// </summary>
public enum BsreErrorCategory
{
    /// <summary>The input (a document, key file, font, password, usage log or request) is malformed or breaks a rule: change the input.</summary>
    InvalidInput,

    /// <summary>A credential or the signer's standing was refused (passphrase, one-time password, PIN, registration, certificate status): the signer must act.</summary>
    Refused,

    /// <summary>A named local resource (a PKCS#11 module, token, key or certificate) does not exist.</summary>
    NotFound,

    /// <summary>The settings do not pick one thing (several keys match and none was named): name it.</summary>
    Configuration,

    /// <summary>A service (the gateway, a TSA, an OCSP responder or CRL server, a token) failed, was unreachable, or answered with something unusable.</summary>
    Unavailable,
}
