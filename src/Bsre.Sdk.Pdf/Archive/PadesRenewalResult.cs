namespace Bsre.Sdk.Pdf;

/// <summary>The outcome for one document of an archive renewal.</summary>
public sealed class PadesRenewalResult
{
    /// <summary>Gets the document's path.</summary>
    public required string File { get; init; }

    /// <summary>Gets what was done.</summary>
    public required PadesRenewalAction Action { get; init; }

    /// <summary>Gets until when the newest timestamp protected the document before this run (its TSA certificate's or algorithms' end), if known.</summary>
    public DateTimeOffset? ProtectedUntil { get; init; }

    /// <summary>Gets until when the fresh timestamp protects it, for <see cref="PadesRenewalAction.Renewed"/>.</summary>
    public DateTimeOffset? RenewedUntil { get; init; }

    /// <summary>Gets why, in words.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets where the renewed document was written (the input path when renewed in place), for <see cref="PadesRenewalAction.Renewed"/>.</summary>
    public string? Output { get; init; }
}
