namespace Bsre.Sdk.Timestamping;

/// <summary>Why a timestamp could not be obtained or accepted.</summary>
public enum TimestampFailure
{
    /// <summary>The TSA could not be reached, timed out, or answered with an HTTP error.</summary>
    ServiceUnavailable = 0,

    /// <summary>The TSA answered with something that is not an RFC 3161 response, or one too large.</summary>
    InvalidResponse,

    /// <summary>The TSA refused the request (PKIStatus rejection or waiting).</summary>
    Rejected,

    /// <summary>The token does not match the request: another message imprint or nonce.</summary>
    Mismatch,

    /// <summary>The token's signature or its TSA certificate (the critical timeStamping EKU) is invalid.</summary>
    InvalidToken,

    /// <summary>The TSA refused the credentials (HTTP 401 or 403), or asked for credentials that were not configured.</summary>
    Unauthorized,
}
