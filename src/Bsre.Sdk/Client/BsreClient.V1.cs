using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Bsre.Sdk.Client;
using Bsre.Sdk.Client.Internal;

namespace Bsre.Sdk;

/// <content>API v1: multipart signing with NIK and passphrase, download by document id, verify, user status.</content>
public partial class BsreClient
{
    /// <summary>Signs one PDF through <c>POST /api/sign/pdf</c>. Sent once, never retried.</summary>
    /// <param name="request">The PDF, the signer's NIK and passphrase, and the appearance.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The signed PDF and its <c>id_dokumen</c>; dispose it.</returns>
    /// <exception cref="BsreException">The gateway refused (e.g. <see cref="BsreErrorCode.InvalidPassphrase"/>) or failed.</exception>
    public virtual async Task<SignedDocument> SignV1Async(SignV1Request request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = new GatewayCall { Operation = "v1 sign", Signs = true, Redactor = new Redactor([request.Nik, request.Passphrase]) };
        AnchorRule.Check(call.Operation, request.AnchorText, _options.AllowMultiCharacterAnchors);
        var owned = new List<IAsyncDisposable>();
        try
        {
            Stream pdf = await CheckBeforeSigningAsync(request.Document, request.AnchorText, null, owned, cancellationToken).ConfigureAwait(false);
            long started = Stopwatch.GetTimestamp();
            SignedDocument document = await SendAsync(call, () => new HttpRequestMessage(HttpMethod.Post, Url("api/sign/pdf")) { Content = V1Multipart.ForSign(request, pdf) }, ReadV1Signed, cancellationToken)
                .ConfigureAwait(false);
            long elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Log.DocumentsSigned(_logger, call.Operation, 1, document.DocumentId, elapsedMs);
            return await VerifySignedAsync(document, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (IAsyncDisposable spooled in owned)
            {
                await spooled.DisposeAsync().ConfigureAwait(false);
            }
        }

        Task<SignedDocument> ReadV1Signed(HttpResponseMessage response, ResponseContext context, CancellationToken token) =>
            request.ResponseFormat == V1ResponseFormat.Base64 ? ReadBase64Async(response, context, token) : PdfResponses.ReadAsync(response, context, token);
    }

    /// <summary>Downloads a PDF the gateway signed before, through <c>GET /api/sign/download/{id}</c>.</summary>
    /// <param name="documentId">The <c>id_dokumen</c> of the signed PDF.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The signed PDF, streamed; dispose it.</returns>
    /// <exception cref="BsreException">Not found, or the gateway failed.</exception>
    public virtual Task<SignedDocument> DownloadV1Async(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        var call = new GatewayCall { Operation = "v1 download", Idempotent = true };
        return SendAsync(call, () => new HttpRequestMessage(HttpMethod.Get, Url($"api/sign/download/{Uri.EscapeDataString(documentId)}")), PdfResponses.ReadAsync, cancellationToken);
    }

    /// <summary>Has the gateway verify a signed PDF through <c>POST /api/sign/verify</c>.</summary>
    /// <param name="document">The PDF; retried only when the stream can seek.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The gateway's verdict, with proper field names.</returns>
    /// <exception cref="BsreException">The gateway failed or answered something unusable.</exception>
    public virtual Task<VerificationResult> VerifyV1Async(Stream document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        long start = document.CanSeek ? document.Position : 0;
        var call = new GatewayCall { Operation = "v1 verify", Idempotent = document.CanSeek };
        return SendAsync(call, CreateRequest, ReadJson(root => VerificationParser.V1(root)), cancellationToken);

        HttpRequestMessage CreateRequest()
        {
            if (document.CanSeek)
            {
                document.Position = start;
            }

            return new HttpRequestMessage(HttpMethod.Post, Url("api/sign/verify")) { Content = V1Multipart.ForVerify(document) };
        }
    }

    /// <summary>Reads a signer's certificate status through <c>GET /api/user/status/{nik}</c>.</summary>
    /// <param name="nik">The signer's NIK; it is in the URL path, so HTTP-level logging of this client is removed by <c>AddBsreClient</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status; only <see cref="CertificateStatus.Issue"/> can sign.</returns>
    /// <exception cref="BsreException">The gateway failed or answered something unusable.</exception>
    public virtual Task<UserStatusResult> GetUserStatusV1Async(string nik, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nik);
        var call = new GatewayCall { Operation = "v1 user status", Idempotent = true, Redactor = new Redactor([nik]) };
        return SendAsync(call, () => new HttpRequestMessage(HttpMethod.Get, Url($"api/user/status/{Uri.EscapeDataString(nik)}")), ReadStatus, cancellationToken);
    }

    private static async Task<SignedDocument> ReadBase64Async(HttpResponseMessage response, ResponseContext context, CancellationToken cancellationToken)
    {
        ArraySegment<byte> body = await JsonResponses.ReadBodyAsync(response, context, cancellationToken).ConfigureAwait(false);
        string? documentId;
        using (JsonDocument json = JsonResponses.Parse(context, body))
        {
            documentId = JsonValues.String(json.RootElement, "id_dokumen") ?? PdfResponses.DocumentId(response);
        }

        return SignedFilesReader.Decode(context, body, "base64_signed_file", documentId)[0];
    }

    private static ResponseReader<T> ReadJson<T>(Func<JsonElement, T> map) => async (response, context, cancellationToken) =>
    {
        using JsonDocument json = await JsonResponses.ReadAsync(response, context, cancellationToken).ConfigureAwait(false);
        return map(json.RootElement);
    };

    private async Task<UserStatusResult> ReadStatus(HttpResponseMessage response, ResponseContext context, CancellationToken cancellationToken)
    {
        using JsonDocument json = await JsonResponses.ReadAsync(response, context, cancellationToken).ConfigureAwait(false);
        UserStatusResult result = ResultParsers.UserStatus(context, json.RootElement);
        Log.UserStatusRead(_logger, context.Call.Operation, result.Status, context.RequestId);
        return result;
    }
}
