namespace Bsre.Sdk.Usage;

/// <summary>How a recorded signing ended.</summary>
public enum UsageOutcome
{
    /// <summary>The document was signed.</summary>
    Succeeded,

    /// <summary>The signing failed; <see cref="UsageRecord.FailureReason"/> says why.</summary>
    Failed,
}
