namespace Bsre.Sdk.Validation;

/// <summary>The part of <see cref="ResultBuilder"/> that takes the core engine's internal verdicts.</summary>
internal sealed partial class ResultBuilder
{
    /// <summary>Records a cryptographic-policy verdict of the engine.</summary>
    public void Judge(CryptoVerdict verdict) => Judge(verdict.ToFinding());

    /// <summary>Records the signer's chain and, when it is not valid, its errors.</summary>
    public void Path(PathValidationResult path)
    {
        Chain = path.Chain;
        if (!path.IsValid)
        {
            Fail(path.Indication, path.SubIndication!.Value, FindingCodes.CertificatePathInvalid, [.. path.Errors]);
        }
    }
}
