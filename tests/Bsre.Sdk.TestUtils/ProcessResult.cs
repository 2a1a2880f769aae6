namespace Bsre.Sdk.TestUtils;

/// <summary>The outcome of an external process run by <see cref="ProcessRunner"/>.</summary>
/// <param name="Command">The command line, for messages.</param>
/// <param name="ExitCode">The exit code.</param>
/// <param name="StandardOutput">Everything written to standard output.</param>
/// <param name="StandardError">Everything written to standard error.</param>
public sealed record ProcessResult(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Gets whether the exit code is 0.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>Gets standard output followed by standard error.</summary>
    public string Output => StandardOutput + StandardError;

    /// <summary>Deconstructs into the exit code and the two outputs.</summary>
    /// <param name="exitCode">The exit code.</param>
    /// <param name="standardOutput">Standard output.</param>
    /// <param name="standardError">Standard error.</param>
    public void Deconstruct(out int exitCode, out string standardOutput, out string standardError)
        => (exitCode, standardOutput, standardError) = (ExitCode, StandardOutput, StandardError);

    /// <summary>Gets the command, exit code and both outputs, for assertion messages.</summary>
    /// <returns>A multi-line description.</returns>
    public override string ToString() => $"{Command}\nexit code {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}
