namespace Bsre.Sdk;

/// <summary>
/// The base of every exception the SDK's packages throw for a reason the caller can act on. Each knows the
/// <see cref="BsreProblem"/> it stands for (see <see cref="BsreProblem.FromException"/>): a web API's answer and the
/// <see cref="BsreErrorCategory"/> a tool or worker branches on, so a host maps every one of them, from any of the
/// packages, in one place, and a new exception type cannot be left out of that mapping.
/// </summary>
/// <remarks>
/// SDK exceptions have only the constructors that make a complete exception (with its code, where it has one); the
/// parameterless and message-only constructors of <see cref="Exception"/> would make one without (docs/api-style.md).
/// </remarks>
public abstract class BsreSdkException : Exception
{
    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected BsreSdkException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Returns the problem this exception stands for; every field safe to show to a web API's caller.</summary>
    /// <returns>The problem.</returns>
    protected internal abstract BsreProblem ToProblem();

    /// <summary>Creates a problem of type <c>urn:bsre-sdk:problem:<paramref name="name"/></c> (documented in docs/aspnetcore.md).</summary>
    /// <param name="category">What kind of failure it is.</param>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="name">The problem type's name, in kebab-case.</param>
    /// <param name="title">The summary of the problem type.</param>
    /// <param name="detail">What happened and what to do, safe to show to the API's caller.</param>
    /// <param name="isTransient">Whether the same request may succeed later.</param>
    /// <returns>The problem.</returns>
    protected static BsreProblem CreateProblem(BsreErrorCategory category, int status, string name, string title, string detail, bool isTransient = false)
        => new(category, status, name, title, detail) { IsTransient = isTransient };
}
