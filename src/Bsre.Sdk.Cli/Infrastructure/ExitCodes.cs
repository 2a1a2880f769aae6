namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>The exit codes of the <c>bsre</c> contract (sysexits.h where they apply).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int VerifyFailed = 1;
    public const int VerifyIndeterminate = 2;
    public const int NoSignature = 3;
    public const int Usage = 64;
    public const int DataError = 65;
    public const int NoInput = 66;
    public const int Unavailable = 69;
    public const int Internal = 70;
    public const int Refused = 77;
    public const int Cancelled = 130;
}
