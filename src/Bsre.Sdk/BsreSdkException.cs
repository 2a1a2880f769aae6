namespace Bsre.Sdk;

/// <summary>
/// The base of the exceptions the SDK's packages throw for a reason the caller can act on. Each knows the
/// <see cref="BsreProblem"/> a web API should answer with (see <see cref="BsreProblem.FromException"/>), so a host maps
/// every one of them, from any of the packages, in one place.
/// </summary>
public abstract class BsreSdkException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected BsreSdkException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    protected BsreSdkException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause.</param>
    protected BsreSdkException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Returns the problem a web API should answer with; every field safe to show to the API's caller.</summary>
    /// <returns>The problem.</returns>
    protected internal abstract BsreProblem ToProblem();

    /// <summary>Creates a problem of type <c>urn:bsre-sdk:problem:<paramref name="name"/></c> (documented in docs/aspnetcore.md).</summary>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="name">The problem type's name, in kebab-case.</param>
    /// <param name="title">The summary of the problem type.</param>
    /// <param name="detail">What happened and what to do, safe to show to the API's caller.</param>
    /// <param name="isTransient">Whether the same request may succeed later.</param>
    /// <returns>The problem.</returns>
    protected static BsreProblem Problem(int status, string name, string title, string detail, bool isTransient = false)
        => new(status, name, title, detail) { IsTransient = isTransient };
}
