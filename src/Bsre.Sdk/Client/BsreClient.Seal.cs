using System.Text.Json;
using Bsre.Sdk.Client;
using Bsre.Sdk.Client.Internal;

namespace Bsre.Sdk;

/// <content>Electronic seal (organisation certificate): activation, refresh, seal TOTP, seal PDF, revoke.</content>
public partial class BsreClient
{
    /// <summary>Has the gateway e-mail an activation TOTP for the subscriber, through <c>POST /api/v2/seal/get/activation</c>.</summary>
    /// <param name="subscriberId">The institution's <c>idSubscriber</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The gateway's acknowledgement.</returns>
    /// <exception cref="BsreException">The gateway refused or failed.</exception>
    public virtual Task<GatewayMessage> RequestSealActivationAsync(string subscriberId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriberId);
        return PostJsonAsync(SealCall("seal activation"), "api/v2/seal/get/activation", writer => writer.WriteString("idSubscriber", subscriberId), ResultParsers.Message, cancellationToken);
    }

    /// <summary>Exchanges an activation TOTP for a fresh one before it expires, through <c>POST /api/v2/seal/get/activation</c>.</summary>
    /// <param name="subscriberId">The institution's <c>idSubscriber</c>.</param>
    /// <param name="activationTotp">The current activation TOTP; never logged.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new activation TOTP and its expiry; persist it securely.</returns>
    /// <exception cref="BsreException">The gateway refused (e.g. <see cref="BsreErrorCode.InvalidTotp"/>) or failed.</exception>
    public virtual Task<SealTotp> RefreshSealActivationAsync(string subscriberId, string activationTotp, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriberId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activationTotp);
        return PostSealAsync("seal activation refresh", "api/v2/seal/get/activation", subscriberId, activationTotp, null, cancellationToken);
    }

    /// <summary>Obtains a seal TOTP for <paramref name="fileCount"/> files, through <c>POST /api/v2/seal/get/totp</c>.</summary>
    /// <param name="subscriberId">The institution's <c>idSubscriber</c>.</param>
    /// <param name="activationTotp">The activation TOTP; never logged.</param>
    /// <param name="fileCount">How many files will be sealed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The seal TOTP for <see cref="SealAsync"/>.</returns>
    /// <exception cref="BsreException">The gateway refused or failed.</exception>
    public virtual Task<SealTotp> RequestSealTotpAsync(string subscriberId, string activationTotp, int fileCount = 1, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriberId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activationTotp);
        ArgumentOutOfRangeException.ThrowIfLessThan(fileCount, 1);
        return PostSealAsync("seal TOTP", "api/v2/seal/get/totp", subscriberId, activationTotp, fileCount, cancellationToken);
    }

    /// <summary>Seals one or more PDFs through <c>POST /api/v2/seal/pdf</c>. Sent once, never retried.</summary>
    /// <param name="request">The subscriber, the seal TOTP and the documents.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The sealed PDFs in request order.</returns>
    /// <exception cref="BsreException">The gateway refused or failed.</exception>
    public virtual Task<SignResult> SealAsync(SealRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SubscriberId, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Totp, nameof(request));
        var documents = RequireDocuments(request.Documents, nameof(request));
        var call = new GatewayCall { Operation = "seal", Signs = true, Redactor = new Redactor([request.Totp, .. documents.Select(d => d.Properties.PdfPassword)]) };
        return SignFilesAsync(call, "api/v2/seal/pdf", documents, writer =>
        {
            writer.WriteString("idSubscriber", request.SubscriberId);
            writer.WriteString("totp", request.Totp);
        }, cancellationToken);
    }

    /// <summary>Revokes the subscriber's seal activation, through <c>POST /api/v2/seal/revoke/activation</c>.</summary>
    /// <param name="subscriberId">The institution's <c>idSubscriber</c>.</param>
    /// <param name="activationTotp">The activation TOTP; never logged.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The gateway's acknowledgement.</returns>
    /// <exception cref="BsreException">The gateway refused or failed.</exception>
    public virtual Task<GatewayMessage> RevokeSealActivationAsync(string subscriberId, string activationTotp, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriberId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activationTotp);
        return PostJsonAsync(SealCall("seal revoke activation", activationTotp), "api/v2/seal/revoke/activation", writer =>
        {
            writer.WriteString("idSubscriber", subscriberId);
            writer.WriteString("totp", activationTotp);
        }, ResultParsers.Message, cancellationToken);
    }

    private static GatewayCall SealCall(string operation, string? totp = null) => new() { Operation = operation, Redactor = new Redactor([totp]) };

    private Task<SealTotp> PostSealAsync(string operation, string path, string subscriberId, string totp, int? fileCount, CancellationToken cancellationToken)
    {
        GatewayCall call = SealCall(operation, totp);
        return SendAsync(
            call,
            () => Post(path, V2Json.Small(writer =>
            {
                writer.WriteString("idSubscriber", subscriberId);
                if (fileCount is { } count)
                {
                    writer.WriteNumber("data", count);
                }

                writer.WriteString("totp", totp);
            })),
            async (response, context, token) =>
            {
                using JsonDocument json = await JsonResponses.ReadAsync(response, context, token).ConfigureAwait(false);
                return ResultParsers.SealTotp(context, json.RootElement);
            },
            cancellationToken);
    }
}
