namespace Bsre.Sdk.Testing.Revocation;

/// <summary>What <see cref="TestOcspResponder"/> does with a request's nonce.</summary>
public enum OcspNonceBehavior
{
    /// <summary>Echo it, as RFC 8954 asks.</summary>
    Echo = 0,

    /// <summary>Leave it out, like responders that pre-produce responses.</summary>
    Omit,

    /// <summary>Answer with another nonce (a replayed response).</summary>
    Wrong,
}
