namespace Bsre.Sdk.Testing;

/// <summary>How a <see cref="TimestampAuthorityServer"/> answers, to exercise clients' error handling.</summary>
public enum TimestampAuthorityBehavior
{
    /// <summary>A correct RFC 3161 reply with status granted.</summary>
    Normal,

    /// <summary>A well-formed reply with status rejection and failInfo badAlg (no token).</summary>
    Rejection,

    /// <summary>A valid, correctly signed token whose nonce differs from the request's (or is added when none was sent).</summary>
    WrongNonce,

    /// <summary>A valid, correctly signed token over a different message imprint (first hash byte flipped).</summary>
    WrongImprint,

    /// <summary>
    /// A token signed with a certificate lacking the critical id-kp-timeStamping EKU: the configured
    /// <see cref="TimestampAuthorityOptions.NotTsaSigner"/>, or else a generated self-signed certificate.
    /// </summary>
    NotTsaCertificate,

    /// <summary>HTTP 200 with content type application/timestamp-reply but random bytes as body.</summary>
    Garbage,

    /// <summary>HTTP 500 with a text/html error page.</summary>
    HtmlError,

    /// <summary>Waits <see cref="TimestampAuthorityOptions.SlowDelay"/> (30 s) before answering normally, unless the request is aborted.</summary>
    Slow,
}
