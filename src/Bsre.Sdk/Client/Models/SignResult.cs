namespace Bsre.Sdk.Client;

/// <summary>The answer of an API v2 sign or seal call: the signed PDFs in request order.</summary>
public sealed class SignResult
{
    /// <summary>Gets the signed PDFs, in the order they were sent.</summary>
    public IReadOnlyList<SignedDocument> Documents { get; init; } = [];

    /// <summary>Gets the gateway's <c>time</c> field as sent (processing time), if any.</summary>
    public string? Time { get; init; }
}
