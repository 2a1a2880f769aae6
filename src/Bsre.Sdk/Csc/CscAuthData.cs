namespace Bsre.Sdk.Csc;

/// <summary>
/// One authentication object for <c>credentials/authorize</c> (CSC API v2.0 §11.6 <c>authData</c>): its id as
/// <c>credentials/info</c> names it (usually <c>PIN</c> or <c>OTP</c>) and the value the user entered.
/// </summary>
/// <remarks>The value is sent once and never logged; <see cref="ToString"/> hides it.</remarks>
public sealed class CscAuthData
{
    /// <summary>Creates the object.</summary>
    /// <param name="id">The authentication object's id, e.g. <c>PIN</c> or <c>OTP</c>.</param>
    /// <param name="value">The secret the user entered.</param>
    public CscAuthData(string id, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(value);
        Id = id;
        Value = value;
    }

    /// <summary>Gets the authentication object's id.</summary>
    public string Id { get; }

    /// <summary>Gets the secret. Never log it.</summary>
    public string Value { get; }

    /// <summary>Creates the PIN object.</summary>
    /// <param name="pin">The PIN.</param>
    /// <returns>The object with id <c>PIN</c>.</returns>
    public static CscAuthData Pin(string pin) => new("PIN", pin);

    /// <summary>Creates the one-time password object.</summary>
    /// <param name="otp">The one-time password.</param>
    /// <returns>The object with id <c>OTP</c>.</returns>
    public static CscAuthData Otp(string otp) => new("OTP", otp);

    /// <inheritdoc />
    public override string ToString() => $"{Id}=***";
}
