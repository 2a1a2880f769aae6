namespace Bsre.Sdk;

/// <summary>
/// The event ids the SDK logs with, ranged by area: BSrE client 1000-1999, signing 2000-2999, validation 3000-3999,
/// PDF 4000-4999. The event name is the constant's name.
/// </summary>
public static class BsreEventId
{
    /// <summary>A request to the gateway is being sent (Debug).</summary>
    public const int RequestStarting = 1000;

    /// <summary>The gateway answered a request (Debug).</summary>
    public const int RequestCompleted = 1001;

    /// <summary>Documents were signed or sealed by the gateway (Information).</summary>
    public const int DocumentsSigned = 1002;

    /// <summary>A request to the gateway failed (Warning when the signer or caller is at fault: wrong passphrase or TOTP, unknown signer, inactive certificate, document too large; Error otherwise).</summary>
    public const int RequestFailed = 1003;

    /// <summary>An idempotent request is retried after a transient failure (Warning).</summary>
    public const int RequestRetrying = 1004;

    /// <summary>A signer's certificate status was read (Information).</summary>
    public const int UserStatusRead = 1005;

    /// <summary>Basic credentials are sent over plain HTTP because AllowInsecureHttp is set (Warning).</summary>
    public const int InsecureHttp = 1006;

    /// <summary>A seal activation was stored after activation with an e-mailed code (Information).</summary>
    public const int SealActivationStored = 1007;

    /// <summary>A seal activation was refreshed ahead of its expiry (Information).</summary>
    public const int SealActivationRefreshed = 1008;

    /// <summary>A CMS/CAdES signature was created (Information).</summary>
    public const int SignatureCreated = 2000;

    /// <summary>Creating a CMS/CAdES signature failed (Warning).</summary>
    public const int SigningFailed = 2001;

    /// <summary>A CMS/CAdES signature was extended to a higher level by <c>CadesExtender</c> (Information).</summary>
    public const int SignatureExtended = 2002;

    /// <summary>Extending a CMS/CAdES signature failed (Warning).</summary>
    public const int SignatureExtensionFailed = 2003;

    /// <summary>A CMS/CAdES signature was validated (Information; the indication is in the message).</summary>
    public const int SignaturesValidated = 3000;

    /// <summary>A CMS/CAdES signature could not be validated at all: unreadable input, cancellation (Warning).</summary>
    public const int ValidationFailed = 3001;

    /// <summary>A PDF was signed by <c>PadesSigner</c> (Information; the signer is named by its certificate's SHA-256 thumbprint).</summary>
    public const int PdfSigned = 4000;

    /// <summary>Signing a PDF failed: one-shot, two-phase (prepare or complete) or batch signing (Warning).</summary>
    public const int PdfSigningFailed = 4001;

    /// <summary>The signatures of a PDF were validated (Information).</summary>
    public const int PdfValidated = 4002;

    /// <summary>A PDF could not be validated at all: unreadable, over a limit, wrong password (Warning).</summary>
    public const int PdfValidationFailed = 4003;

    /// <summary>A document timestamp was added to a PDF by <c>PadesTimestamper</c> (Information).</summary>
    public const int PdfTimestamped = 4004;

    /// <summary>Adding a document timestamp to a PDF failed (Warning).</summary>
    public const int PdfTimestampFailed = 4005;

    /// <summary>A signed PDF was extended to B-LT or B-LTA by <c>PadesExtender</c> (Information).</summary>
    public const int PdfExtended = 4006;

    /// <summary>Extending a signed PDF failed (Warning).</summary>
    public const int PdfExtensionFailed = 4007;

    /// <summary>Two-phase signing prepared a PDF and returned the digest to sign (Information).</summary>
    public const int PdfSignaturePrepared = 4008;

    /// <summary>Two-phase signing embedded the signature into a prepared PDF (Information).</summary>
    public const int PdfSignatureCompleted = 4009;

    /// <summary>A batch of PDFs was signed with one batch of signature values by <c>PadesBatchSigner</c> (Information).</summary>
    public const int PdfBatchSigned = 4010;
}
