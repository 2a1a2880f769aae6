using System.Diagnostics;
using Bsre.Sdk.Diagnostics;
using Bsre.Sdk.Internal;

namespace Bsre.Sdk.Validation.Revocation;

/// <summary>Sends one revocation request with a timeout and a size cap, turning every transport failure into a <see cref="RevocationException"/>.</summary>
internal static class RevocationHttp
{
    /// <summary>Sends <paramref name="request"/> and returns the body of a 2xx answer, traced as <c>bsre.revocation.fetch</c> tagged with <paramref name="source"/> (<c>ocsp</c> or <c>crl</c>).</summary>
    /// <exception cref="RevocationException">Unreachable, timed out, HTTP error, or over <paramref name="maxBytes"/>.</exception>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<byte[]> SendAsync(
        HttpClient httpClient, HttpRequestMessage request, int maxBytes, TimeSpan timeout, string what, string source, CancellationToken cancellationToken)
    {
        using var telemetry = TelemetryScope.Start(BsreTelemetry.Source, "bsre.revocation.fetch", BsreTelemetry.RevocationFetchDuration, ActivityKind.Client);
        telemetry.SetTag("bsre.revocation.source", source);
        telemetry.SetTag("server.address", request.RequestUri?.Host);
        try
        {
            return await SendCoreAsync(httpClient, request, maxBytes, timeout, what, cancellationToken).ConfigureAwait(false);
        }
        catch (RevocationException e)
        {
            telemetry.Fail(e.Failure.ToString());
            throw;
        }
        catch (OperationCanceledException e)
        {
            telemetry.Fail(e);
            throw;
        }
    }

    private static async Task<byte[]> SendCoreAsync(
        HttpClient httpClient, HttpRequestMessage request, int maxBytes, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        Uri? url = request.RequestUri;
        try
        {
            using HttpResponseMessage response = await httpClient
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token)
                .ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new RevocationException(
                    RevocationFailure.Unavailable, $"The {what} at {url} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            return await BoundedReader.ReadAsync(response.Content, maxBytes, what, timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RevocationException(RevocationFailure.Unavailable, $"The {what} at {url} did not answer within {timeout.TotalSeconds:0.###} s.", e);
        }
        catch (HttpRequestException e)
        {
            throw new RevocationException(RevocationFailure.Unavailable, $"The {what} at {url} could not be reached: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new RevocationException(RevocationFailure.Unavailable, $"The {what} at {url} broke off: {e.Message}", e);
        }
        catch (DocumentFormatException e)
        {
            throw new RevocationException(RevocationFailure.TooLarge, $"The {what} at {url} is too large: {e.Message}", e);
        }
    }
}
