namespace Bsre.Sdk.Validation;

/// <summary>How well a candidate issuer matches a certificate, best last (RFC 4158 §3.5 ordering).</summary>
internal enum IssuerMatch
{
    /// <summary>The issuer name differs: not an issuer.</summary>
    None = 0,

    /// <summary>The names match but the authority key identifier names another key: tried last.</summary>
    KeyIdentifierMismatch,

    /// <summary>The names match; one side has no key identifier.</summary>
    Name,

    /// <summary>The names and key identifiers match.</summary>
    KeyIdentifier,
}
