namespace Bsre.Sdk.Validation;

/// <summary>One coded finding of a validation: a stable code for programs, a message for people.</summary>
/// <remarks>The codes are listed in docs/troubleshooting.md; a code, once published, keeps its meaning.</remarks>
public sealed class ValidationFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="code">The stable code, in UPPER_SNAKE_CASE (e.g. <c>CRYPTO_ALGORITHM_EXPIRED</c>).</param>
    /// <param name="severity">How much it weighs.</param>
    /// <param name="message">The readable explanation.</param>
    public ValidationFinding(string code, FindingSeverity severity, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentNullException.ThrowIfNull(message);
        Code = code;
        Severity = severity;
        Message = message;
    }

    /// <summary>Gets the stable code, in UPPER_SNAKE_CASE.</summary>
    public string Code { get; }

    /// <summary>Gets how much the finding weighs.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>Gets the readable explanation.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Code}: {Message}";
}
