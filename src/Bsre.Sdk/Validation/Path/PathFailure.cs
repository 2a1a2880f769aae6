namespace Bsre.Sdk.Validation;

/// <summary>Why one candidate path failed: an INDETERMINATE subindication and a readable message naming the certificate.</summary>
internal sealed record PathFailure(SubIndication SubIndication, string Message)
{
    /// <summary>
    /// Gets how far the path got before failing, to report the most telling failure among alternative paths:
    /// revocation (the path was otherwise valid) over validity periods over constraints over signatures.
    /// </summary>
    public int Rank => SubIndication switch
    {
        SubIndication.RevokedCaNoPoe => 6,
        SubIndication.RevokedNoPoe => 5,
        SubIndication.TryLater => 4,
        SubIndication.OutOfBoundsNoPoe => 3,
        SubIndication.ChainConstraintsFailure => 2,
        SubIndication.CertificateChainGeneralFailure => 1,
        _ => 0,
    };

    /// <summary>Returns the failure with the higher rank; the earlier one on a tie.</summary>
    public static PathFailure Better(PathFailure? current, PathFailure candidate)
        => current is null || candidate.Rank > current.Rank ? candidate : current;
}
