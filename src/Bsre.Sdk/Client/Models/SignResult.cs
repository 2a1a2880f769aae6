namespace Bsre.Sdk.Client;

/// <summary>The answer of an API v2 sign or seal call: the signed PDFs in request order.</summary>
public sealed class SignResult
{
    /// <summary>Gets the signed PDFs, in the order they were sent.</summary>
    public IReadOnlyList<SignedDocument> Documents { get; init; } = [];

    /// <summary>
    /// Gets the gateway's <c>time</c> field as sent, if any. Kept as text on purpose: BSrE documents neither its meaning nor
    /// its form (clients have seen a number of milliseconds and a <c>2026-12-04 10:00:00 +0000</c> time), so no type
    /// would be honest (docs/api-style.md).
    /// </summary>
    public string? Time { get; init; }
}
