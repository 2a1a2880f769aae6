using System.Globalization;

namespace Bsre.Sdk.Client.Internal;

/// <summary>One answer being read: what it answers, its status and request id, and how to build the call's exceptions.</summary>
internal sealed class ResponseContext
{
    public ResponseContext(GatewayCall call, string requestId, int? status, int maxResponseSize, Uri? url)
    {
        Call = call;
        Url = url;
        RequestId = requestId;
        Status = status;
        MaxResponseSize = maxResponseSize;
    }

    public GatewayCall Call { get; }

    public string RequestId { get; }

    public int? Status { get; }

    public int MaxResponseSize { get; }

    /// <summary>Gets the request's URL, or <see langword="null"/> before the request was built.</summary>
    public Uri? Url { get; }

    /// <summary>Gets the request's URL as errors show it: without the call's secrets (a NIK in the path).</summary>
    public string ShownUrl => Url is null ? "(no URL)" : Call.Redactor.Scrub(Url.GetLeftPart(UriPartial.Path));

    /// <summary>Gets or sets whether the reader handed the response to its result (a streamed document).</summary>
    public bool ResponseOwned { get; set; }

    public BsreException Fail(
        BsreErrorCode code,
        string description,
        string? serviceCode = null,
        string? serviceMessage = null,
        Exception? innerException = null,
        CertificateStatus? certificateStatus = null)
    {
        string? scrubbed = serviceMessage is null ? null : Call.Redactor.Scrub(serviceMessage.Trim());
        string message = string.Create(CultureInfo.InvariantCulture, $"BSrE {Call.Operation} failed: {description}")
            + (Status is { } s ? string.Create(CultureInfo.InvariantCulture, $" (HTTP {s})") : string.Empty)
            + (string.IsNullOrEmpty(scrubbed) ? "." : $". Gateway said: {scrubbed}")
            + (serviceCode is null ? string.Empty : $" [code {serviceCode}]")
            + $" [request {RequestId}]";
        return new BsreException(code, message, innerException)
        {
            Status = Status,
            ServiceCode = serviceCode,
            ServiceMessage = scrubbed,
            IsTransient = code is BsreErrorCode.ServiceUnavailable or BsreErrorCode.Timeout,
            RequestId = RequestId,
            CertificateStatus = certificateStatus,
        };
    }
}
