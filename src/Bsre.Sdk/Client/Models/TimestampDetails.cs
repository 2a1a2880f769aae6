namespace Bsre.Sdk.Client;

/// <summary>A signature timestamp as described by the gateway.</summary>
public sealed class TimestampDetails
{
    /// <summary>Gets the gateway's id of the timestamp (v2 <c>id</c>).</summary>
    public string? Id { get; init; }

    /// <summary>Gets the TSA's name (v2 <c>signerName</c>, v1 <c>name</c>).</summary>
    public string? SignerName { get; init; }

    /// <summary>Gets the timestamp's time (v2 <c>timestampDate</c>).</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>Gets the TSA certificate's validity text (v1 <c>tsa_cert_validity</c>).</summary>
    public string? CertificateValidity { get; init; }
}
