namespace Bsre.Sdk.Client.Internal;

/// <summary>Who is at fault for a <see cref="BsreErrorCode"/>: the signer or caller, or the gateway and the network.</summary>
internal static class ErrorCodes
{
    /// <summary>Returns whether the signer or the calling application must change something (not the operator's alarm).</summary>
    public static bool IsCallerMistake(BsreErrorCode code) => code is BsreErrorCode.InvalidPassphrase or BsreErrorCode.InvalidTotp
        or BsreErrorCode.UserNotRegistered or BsreErrorCode.CertificateNotActive or BsreErrorCode.DocumentTooLarge or BsreErrorCode.InvalidDocument;
}
