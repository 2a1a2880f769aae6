namespace Bsre.Sdk.Pdf;

/// <summary>What a <see cref="PadesArchiveRenewer"/> did with one document.</summary>
public enum PadesRenewalAction
{
    /// <summary>Its protection lasts beyond the renewal window: left untouched.</summary>
    Current = 0,

    /// <summary>Validation data and a fresh document timestamp (PAdES B-LTA) were appended.</summary>
    Renewed,

    /// <summary>It needs renewal, but the TSA's timestamp would not protect it longer than its newest one: left untouched.</summary>
    NoLongerProtection,

    /// <summary>It carries no signature or timestamp: left untouched.</summary>
    NotSigned,

    /// <summary>It could not be read or extended; <see cref="PadesRenewalResult.Reason"/> says why. Left untouched.</summary>
    Failed,
}
