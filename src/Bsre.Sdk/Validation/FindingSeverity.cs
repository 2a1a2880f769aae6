namespace Bsre.Sdk.Validation;

/// <summary>How much a <see cref="ValidationFinding"/> weighs.</summary>
public enum FindingSeverity
{
    /// <summary>A reason the signature is not <see cref="ValidationIndication.TotalPassed"/>.</summary>
    Error = 0,

    /// <summary>A remark worth a look that does not change the indication.</summary>
    Warning,

    /// <summary>Information about how the result was reached.</summary>
    Info,
}
