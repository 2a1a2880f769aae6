using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bsre.Sdk.Internal;

namespace Bsre.Sdk.Csc.Internal;

/// <summary>Sends one CSC or OAuth 2.0 call with a timeout and a size cap, and reads its JSON answer or its error body.</summary>
internal sealed class CscHttp(HttpClient http, TimeSpan timeout, int maxResponseSize)
{
    /// <returns>The answer, or <see langword="null"/> for HTTP 204.</returns>
    public async Task<T?> SendAsync<T>(Func<HttpRequestMessage> createRequest, JsonTypeInfo<T> answer, string operation, CancellationToken cancellationToken)
        where T : class
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            using HttpRequestMessage request = createRequest();
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timer.Token).ConfigureAwait(false);
            byte[] body = await BoundedReader.ReadAsync(response.Content, maxResponseSize, $"answer to {operation}", timer.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                CscErrorBody? error = TryParse(body) ?? FromChallenge(response.Headers.WwwAuthenticate);
                throw CscErrors.FromResponse(response.StatusCode, error?.Error, error?.Description, operation);
            }

            return response.StatusCode == HttpStatusCode.NoContent ? null
                : JsonSerializer.Deserialize(body, answer) ?? throw CscErrors.InvalidResponse(operation, "an empty JSON body");
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CscException(CscErrorCode.Timeout, $"The CSC service did not answer {operation} within {timeout.TotalSeconds:0} s. Try again later.", innerException: e);
        }
        catch (HttpRequestException e)
        {
            throw new CscException(CscErrorCode.ServiceUnavailable, $"The CSC service could not be reached for {operation}: {e.Message}", innerException: e);
        }
        catch (Exception e) when (e is JsonException or DocumentFormatException)
        {
            throw CscErrors.InvalidResponse(operation, e.Message, e);
        }
    }

    private static CscErrorBody? TryParse(byte[] body)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, CscJsonContext.Default.CscErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>RFC 6750 §3: a resource server may give the error only in <c>WWW-Authenticate: Bearer error="...", error_description="..."</c>.</summary>
    private static CscErrorBody? FromChallenge(HttpHeaderValueCollection<AuthenticationHeaderValue> challenges)
    {
        string? parameters = challenges.FirstOrDefault(c => string.Equals(c.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase))?.Parameter;
        return parameters is null ? null : new CscErrorBody(Parameter(parameters, "error"), Parameter(parameters, "error_description"));
    }

    private static string? Parameter(string parameters, string name)
    {
        foreach (string part in parameters.Split(','))
        {
            string[] pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && pair[0] == name)
            {
                return pair[1].Trim('"');
            }
        }

        return null;
    }
}
