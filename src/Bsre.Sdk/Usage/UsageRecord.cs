namespace Bsre.Sdk.Usage;

/// <summary>One signing, as written to the usage log. Holds no secret: never a passphrase, and the NIK only masked.</summary>
public sealed record UsageRecord
{
    /// <summary>When the signing happened.</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>The signer certificate's subject distinguished name (empty when unknown, e.g. a failed remote signing).</summary>
    public required string SignerSubject { get; init; }

    /// <summary>The signer certificate's serial number, hexadecimal (empty when unknown).</summary>
    public required string SignerSerial { get; init; }

    /// <summary>The SHA-256 of the document that was signed, lower-case hexadecimal.</summary>
    public required string DocumentSha256 { get; init; }

    /// <summary>The signature level, e.g. <c>PAdES-B-T</c> or <c>B-LT</c>.</summary>
    public required string Level { get; init; }

    /// <summary>Whether the signing succeeded.</summary>
    public required UsageOutcome Outcome { get; init; }

    /// <summary>Why a failed signing failed: an error code such as <c>InvalidPassphrase</c>, never free text with secrets.</summary>
    public string? FailureReason { get; init; }

    /// <summary>The signer's NIK, masked with <see cref="NikMask.Mask(string)"/>; recorders refuse an unmasked one.</summary>
    public string? MaskedNik { get; init; }
}
