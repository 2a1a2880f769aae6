using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bsre.Sdk.Testing.Emulator;

/// <summary>
/// Where the emulator "e-mails" TOTPs and activation codes: each message is written to the log (category
/// <c>Bsre.Sdk.Emulator.Mailbox</c>) and kept here for tests. TEST ONLY: real gateways e-mail these codes.
/// </summary>
public sealed partial class Mailbox
{
    private readonly ConcurrentQueue<MailMessage> _messages = new();
    private readonly ILogger _logger;

    internal Mailbox(ILogger logger) => _logger = logger;

    /// <summary>Gets every message delivered so far, oldest first.</summary>
    public IReadOnlyCollection<MailMessage> Messages => _messages;

    /// <summary>Returns the latest code sent to <paramref name="recipient"/>, or <see langword="null"/>.</summary>
    /// <param name="recipient">The e-mail address.</param>
    public string? LatestCode(string recipient) =>
        _messages.LastOrDefault(m => string.Equals(m.Recipient, recipient, StringComparison.OrdinalIgnoreCase))?.Code;

    internal void Deliver(string recipient, string subject, string code)
    {
        _messages.Enqueue(new MailMessage(recipient, subject, code, DateTimeOffset.UtcNow));
        Delivered(_logger, recipient, subject, code);
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "MAILBOX to {Recipient}: {Subject}: {Code}")]
    private static partial void Delivered(ILogger logger, string recipient, string subject, string code);
}
