namespace Bsre.Sdk;

/// <summary>
/// What a web API should answer for an SDK exception, as the fields of an RFC 9457 problem: the HTTP status, a stable
/// type URI, a title and a detail. Every field is safe to show to the caller of the API: no passphrase, TOTP, NIK,
/// password, server path or internal gateway URL (those stay in the exception and the logs).
/// </summary>
/// <remarks>
/// Plain .NET types, so that the SDK does not bring ASP.NET Core to every application: an ASP.NET Core app copies these
/// fields into a <c>ProblemDetails</c> from its <c>IExceptionHandler</c> (see <c>samples/AspNetCore</c> and
/// <c>docs/aspnetcore.md</c>). The type URIs are <c>urn:bsre-sdk:problem:NAME</c>, documented in that file.
/// </remarks>
public sealed class BsreProblem
{
    private const string TypePrefix = "urn:bsre-sdk:problem:";

    internal BsreProblem(BsreErrorCategory category, int status, string name, string title, string detail)
    {
        Category = category;
        Status = status;
        Type = TypePrefix + name;
        Title = title;
        Detail = detail;
    }

    /// <summary>Gets what kind of failure it is, for hosts that are not web APIs (the <c>bsre</c> tool's exit code follows it).</summary>
    public BsreErrorCategory Category { get; }

    /// <summary>Gets the HTTP status code to answer with (4xx: the caller or signer must change something; 5xx: the server or an upstream service failed).</summary>
    public int Status { get; }

    /// <summary>Gets the problem type, a URI such as <c>urn:bsre-sdk:problem:invalid-passphrase</c> that clients can branch on.</summary>
    public string Type { get; }

    /// <summary>Gets a short summary of the problem type; the same for every occurrence of the type.</summary>
    public string Title { get; }

    /// <summary>Gets what happened in this occurrence and what to do, in words safe to show to the API's caller.</summary>
    public string Detail { get; }

    /// <summary>Gets whether the same request may succeed later (an upstream service was unavailable or slow).</summary>
    public bool IsTransient { get; internal init; }

    /// <summary>Gets the BSrE gateway request id to quote to support, or <see langword="null"/>.</summary>
    public string? RequestId { get; internal init; }

    /// <summary>
    /// Maps an exception thrown by the SDK (every <see cref="BsreSdkException"/>, from any of its packages) to its problem.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The problem, or <see langword="null"/> when the exception is not one of the SDK's (leave it to the host's default handling).</returns>
    public static BsreProblem? FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return (exception as BsreSdkException)?.ToProblem();
    }
}
