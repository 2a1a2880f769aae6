namespace Bsre.Sdk;

/// <summary>
/// The input exceeded a configured safety limit (size, count, depth or time): it was refused before it could exhaust
/// memory or time, and no partial result was produced. <see cref="Limit"/> names the limit and <see cref="Value"/> gives
/// the bound that was in force; raise it in the validator's limits to accept such input.
/// </summary>
public sealed class DocumentLimitException : DocumentFormatException
{
    /// <summary>Creates the exception for an exceeded limit.</summary>
    /// <param name="limit">The name of the limit's property, e.g. <c>MaxDocumentBytes</c>.</param>
    /// <param name="value">The bound in force (bytes, a count, or milliseconds for a time budget).</param>
    /// <param name="detail">What exceeded it.</param>
    public DocumentLimitException(string limit, long value, string detail)
        : base($"The document exceeds the limit {limit} ({value}): {detail}.")
    {
        Limit = limit;
        Value = value;
    }

    /// <summary>Gets the name of the limit's property that was exceeded, e.g. <c>MaxDocumentBytes</c>.</summary>
    public string Limit { get; }

    /// <summary>Gets the bound that was in force: bytes, a count, or milliseconds for a time budget.</summary>
    public long Value { get; }
}
