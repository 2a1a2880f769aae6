namespace Bsre.Sdk.Testing.Emulator;

/// <summary>A message the emulator "e-mailed" to its log mailbox.</summary>
/// <param name="Recipient">The e-mail address.</param>
/// <param name="Subject">What the code is for.</param>
/// <param name="Code">The TOTP or activation code.</param>
/// <param name="Sent">When it was sent.</param>
public sealed record MailMessage(string Recipient, string Subject, string Code, DateTimeOffset Sent);
