namespace Bsre.Sdk.Validation.Revocation;

/// <summary>One piece of revocation evidence could not be obtained or used; <see cref="RevocationChecker"/> turns it into an error line.</summary>
internal sealed class RevocationException : Exception
{
    public RevocationException(RevocationFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    /// <summary>Gets why the evidence is unusable.</summary>
    public RevocationFailure Failure { get; }
}
