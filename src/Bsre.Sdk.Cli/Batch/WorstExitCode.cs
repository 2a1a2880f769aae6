using Bsre.Sdk.Cli.Infrastructure;

namespace Bsre.Sdk.Cli.Batch;

/// <summary>
/// The exit code of a batch verify (cli.md): the worst verdict, 1 (a signature failed) before 2 (indeterminate) before
/// 3 (no signature) before 0; a file that could not be validated at all (65 unreadable or corrupt, 66 not found, 69 ...)
/// gives its code, the first such in input order, unless some file failed validation (1), and it outranks 2 and 3, so
/// that a script never reads "indeterminate" when a file was not even looked at.
/// </summary>
internal sealed class WorstExitCode
{
    private int _verdict = ExitCodes.Success;
    private int? _error;

    public int Code => _verdict == ExitCodes.VerifyFailed ? _verdict : _error ?? _verdict;

    public void AddVerdict(int code) => _verdict = Rank(code) > Rank(_verdict) ? code : _verdict;

    public void AddError(int code) => _error ??= code;

    private static int Rank(int code) => code switch
    {
        ExitCodes.VerifyFailed => 3,
        ExitCodes.VerifyIndeterminate => 2,
        ExitCodes.NoSignature => 1,
        _ => 0,
    };
}
