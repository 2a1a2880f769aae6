namespace Bsre.Sdk.Validation;

/// <summary>The main status of a validation (ETSI EN 319 102-1 §5.1.3).</summary>
public enum ValidationIndication
{
    /// <summary>Every check passed: the signature is valid.</summary>
    TotalPassed = 0,

    /// <summary>The signature is invalid: a check failed and no later information can change that.</summary>
    TotalFailed,

    /// <summary>The checks could not conclude (missing chain, revocation data, or proof of existence); see the subindication.</summary>
    Indeterminate,
}
