using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Bsre.Sdk.Client.Internal;

/// <summary>
/// Binds <see cref="BsreClientOptions"/> from configuration without reflection (trimming and AOT safe). A value that
/// does not parse fails with a message naming its configuration key.
/// </summary>
internal static class BsreClientOptionsBinder
{
    public static void Bind(IConfiguration configuration, BsreClientOptions options)
    {
        if (Value(configuration, nameof(BsreClientOptions.BaseAddress)) is { } url)
        {
            options.BaseAddress = Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed) ? parsed : throw Invalid(configuration, nameof(BsreClientOptions.BaseAddress), url, "an absolute URL");
        }

        options.Username = Value(configuration, nameof(BsreClientOptions.Username)) ?? options.Username;
        options.Password = Value(configuration, nameof(BsreClientOptions.Password)) ?? options.Password;
        options.AllowInsecureHttp = Parse(configuration, nameof(BsreClientOptions.AllowInsecureHttp), options.AllowInsecureHttp, bool.TryParse, "true or false");
        options.AllowMultiCharacterAnchors = Parse(configuration, nameof(BsreClientOptions.AllowMultiCharacterAnchors), options.AllowMultiCharacterAnchors, bool.TryParse, "true or false");
        options.Timeout = Parse(configuration, nameof(BsreClientOptions.Timeout), options.Timeout, TryParseTime, "a time span such as 00:01:40");
        options.SigningTimeout = Parse(configuration, nameof(BsreClientOptions.SigningTimeout), options.SigningTimeout, TryParseTime, "a time span such as 00:05:00");
        options.RetryDelay = Parse(configuration, nameof(BsreClientOptions.RetryDelay), options.RetryDelay, TryParseTime, "a time span such as 00:00:01");
        options.MaxRetries = Parse(configuration, nameof(BsreClientOptions.MaxRetries), options.MaxRetries, TryParseInt, "a whole number");
        options.MaxResponseSize = Parse(configuration, nameof(BsreClientOptions.MaxResponseSize), options.MaxResponseSize, TryParseInt, "a whole number of bytes");
    }

    private delegate bool TryParser<T>(string text, out T value);

    private static string? Value(IConfiguration configuration, string key) => configuration[key] is { Length: > 0 } value ? value : null;

    private static T Parse<T>(IConfiguration configuration, string key, T current, TryParser<T> parse, string expected) =>
        Value(configuration, key) is not { } text ? current
            : parse(text, out T value) ? value
            : throw Invalid(configuration, key, text, expected);

    private static bool TryParseTime(string text, out TimeSpan value) => TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value);

    private static bool TryParseInt(string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    private static InvalidOperationException Invalid(IConfiguration configuration, string key, string text, string expected)
    {
        string path = configuration is IConfigurationSection section ? $"{section.Path}:{key}" : key;
        string shown = key == nameof(BsreClientOptions.Password) ? "***" : text;
        return new InvalidOperationException($"Configuration value '{path}' ('{shown}') is not valid for BsreClientOptions.{key}: expected {expected}.");
    }
}
