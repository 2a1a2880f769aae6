using Bsre.Sdk.Client.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bsre.Sdk.Client;

/// <summary>
/// The electronic seal as it runs in production: the activation TOTP (from the code BSrE e-mails) is kept in a
/// shared <see cref="ISealActivationStore"/> with its expiry and refreshed ahead of it under a lock, so every replica
/// uses one activation; each seal call gets its own single-use seal TOTP.
/// </summary>
/// <example>
/// <code>
/// await seal.RequestActivationCodeAsync();          // BSrE e-mails a code to the subscriber's address
/// await seal.ActivateAsync(codeFromTheEmail);       // once; the activation is then refreshed automatically
/// SignResult sealed = await seal.SealAsync([new SignDocument(pdf)]);
/// </code>
/// </example>
public sealed class BsreSealService
{
    private readonly BsreClient _client;
    private readonly ISealActivationStore _store;
    private readonly BsreSealOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _subscriberId;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The gateway client.</param>
    /// <param name="store">Where the activation is shared between replicas.</param>
    /// <param name="options">The subscriber and the refresh settings.</param>
    /// <param name="timeProvider">The clock expiries are compared with; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Creates the logger (event ids 1000-1999), or <see langword="null"/> for none. TOTPs are never logged.</param>
    /// <exception cref="ArgumentException"><see cref="BsreSealOptions.SubscriberId"/> is missing or a time setting is negative.</exception>
    public BsreSealService(BsreClient client, ISealActivationStore store, BsreSealOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.SubscriberId))
        {
            throw new ArgumentException("BsreSealOptions.SubscriberId is required.", nameof(options));
        }

        if (options.RefreshBefore < TimeSpan.Zero || options.LockTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("BsreSealOptions.RefreshBefore must not be negative and LockTimeout must be positive.", nameof(options));
        }

        _client = client;
        _store = store;
        _options = options;
        _subscriberId = options.SubscriberId;
        _time = timeProvider ?? TimeProvider.System;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<BsreSealService>();
    }

    /// <summary>Has BSrE e-mail an activation code to the subscriber's registered address.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The gateway's acknowledgement.</returns>
    /// <exception cref="BsreException">The gateway refused or failed.</exception>
    public Task<GatewayMessage> RequestActivationCodeAsync(CancellationToken cancellationToken = default) =>
        _client.RequestSealActivationAsync(_subscriberId, cancellationToken);

    /// <summary>Exchanges the e-mailed code for an activation TOTP and stores it for every replica.</summary>
    /// <param name="activationCode">The code from the e-mail; never logged.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>When the activation expires, or <see langword="null"/> when the gateway did not say.</returns>
    /// <exception cref="BsreException">The gateway refused the code (<see cref="BsreErrorCode.InvalidTotp"/>) or failed.</exception>
    public async Task<DateTimeOffset?> ActivateAsync(string activationCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activationCode);
        await using IAsyncDisposable held = await _store.LockAsync(_subscriberId, _options.LockTimeout, cancellationToken).ConfigureAwait(false);
        SealTotp activation = await _client.RefreshSealActivationAsync(_subscriberId, activationCode, cancellationToken).ConfigureAwait(false);
        await _store.SetAsync(_subscriberId, activation, cancellationToken).ConfigureAwait(false);
        SealLog.Activated(_logger, _subscriberId, activation.ExpiresAt);
        return activation.ExpiresAt;
    }

    /// <summary>
    /// Seals PDFs: refreshes the stored activation first when it expires within <see cref="BsreSealOptions.RefreshBefore"/>,
    /// obtains a single-use seal TOTP for exactly these documents, and seals them. The seal call is sent once, never retried.
    /// </summary>
    /// <param name="documents">The PDFs with their signature properties, sealed in this order.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The sealed PDFs in request order and the gateway's <c>time</c>.</returns>
    /// <exception cref="BsreException">No activation is stored or it has expired (<see cref="BsreErrorCode.InvalidTotp"/>: activate again), or the gateway refused or failed.</exception>
    /// <exception cref="TimeoutException">Another replica held the refresh lock longer than <see cref="BsreSealOptions.LockTimeout"/>.</exception>
    public async Task<SignResult> SealAsync(IReadOnlyList<SignDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            throw new ArgumentException("At least one document is required.", nameof(documents));
        }

        SealTotp activation = await CurrentActivationAsync(cancellationToken).ConfigureAwait(false);
        SealTotp seal;
        try
        {
            seal = await _client.RequestSealTotpAsync(_subscriberId, activation.Totp, documents.Count, cancellationToken).ConfigureAwait(false);
        }
        catch (BsreException e) when (e.ErrorCode == BsreErrorCode.InvalidTotp)
        {
            // Another replica may have refreshed the activation after it was read: retry once with the stored one.
            SealTotp? stored = await _store.GetAsync(_subscriberId, cancellationToken).ConfigureAwait(false);
            if (stored is null || stored.Totp == activation.Totp)
            {
                throw;
            }

            seal = await _client.RequestSealTotpAsync(_subscriberId, stored.Totp, documents.Count, cancellationToken).ConfigureAwait(false);
        }

        var request = new SealRequest { SubscriberId = _subscriberId, Totp = seal.Totp };
        foreach (SignDocument document in documents)
        {
            request.Documents.Add(document);
        }

        return await _client.SealAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Revokes the stored activation at the gateway and removes it from the store.</summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>A task that completes when the activation is revoked.</returns>
    /// <exception cref="BsreException">No activation is stored, or the gateway refused or failed.</exception>
    public async Task RevokeAsync(CancellationToken cancellationToken = default)
    {
        await using IAsyncDisposable held = await _store.LockAsync(_subscriberId, _options.LockTimeout, cancellationToken).ConfigureAwait(false);
        SealTotp activation = await _store.GetAsync(_subscriberId, cancellationToken).ConfigureAwait(false) ?? throw NotActivated();
        await _client.RevokeSealActivationAsync(_subscriberId, activation.Totp, cancellationToken).ConfigureAwait(false);
        await _store.RemoveAsync(_subscriberId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads when the stored activation expires.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The expiry; <see langword="null"/> when no activation is stored or the gateway gave no expiry.</returns>
    public async Task<DateTimeOffset?> GetActivationExpiryAsync(CancellationToken cancellationToken = default) =>
        (await _store.GetAsync(_subscriberId, cancellationToken).ConfigureAwait(false))?.ExpiresAt;

    private async Task<SealTotp> CurrentActivationAsync(CancellationToken cancellationToken)
    {
        SealTotp current = await _store.GetAsync(_subscriberId, cancellationToken).ConfigureAwait(false) ?? throw NotActivated();
        if (!NeedsRefresh(current))
        {
            return current;
        }

        await using IAsyncDisposable held = await _store.LockAsync(_subscriberId, _options.LockTimeout, cancellationToken).ConfigureAwait(false);
        SealTotp stored = await _store.GetAsync(_subscriberId, cancellationToken).ConfigureAwait(false) ?? throw NotActivated();
        if (stored.Totp != current.Totp || !NeedsRefresh(stored))
        {
            return stored; // another replica refreshed while this one waited for the lock
        }

        if (current.ExpiresAt <= _time.GetUtcNow())
        {
            throw new BsreException(BsreErrorCode.InvalidTotp, $"BSrE seal not sent: the stored seal activation of subscriber '{_subscriberId}' expired at {current.ExpiresAt:u}; request an activation code and activate again.");
        }

        SealTotp fresh = await _client.RefreshSealActivationAsync(_subscriberId, current.Totp, cancellationToken).ConfigureAwait(false);
        await _store.SetAsync(_subscriberId, fresh, cancellationToken).ConfigureAwait(false);
        SealLog.Refreshed(_logger, _subscriberId, current.ExpiresAt, fresh.ExpiresAt);
        return fresh;
    }

    private bool NeedsRefresh(SealTotp activation) => activation.ExpiresAt is { } expires && expires - _time.GetUtcNow() <= _options.RefreshBefore;

    private BsreException NotActivated() => new(
        BsreErrorCode.InvalidTotp,
        $"BSrE seal not sent: no seal activation of subscriber '{_subscriberId}' is stored; request an activation code (RequestActivationCodeAsync) and activate with the e-mailed code (ActivateAsync).");
}
