using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>Options shared by several commands, with their parsing.</summary>
internal static class CommonOptions
{
    /// <summary>The optional password of an encrypted input PDF (user or owner); without it the empty user password is tried.</summary>
    public static SecretOption PdfPassword() => new("pdf-password", "password of an encrypted input PDF (user or owner)");

    public static Option<FileInfo> Input(string description) => new("--in") { Description = description, Required = true };

    /// <summary><c>--in</c> of the verify commands: repeatable, each a file or a directory (cli.md, "Many files in one call").</summary>
    public static Option<FileInfo[]> Inputs(string description) => new("--in") { Description = description, Required = true, AllowMultipleArgumentsPerToken = false };

    public static Option<FileInfo> Output(string description) => new("--out") { Description = description, Required = true };

    public static Option<string> Level() => new Option<string>("--level") { Description = "Signature level", DefaultValueFactory = _ => "B-B" }
        .AcceptOnlyFromAmong("B-B", "B-T", "B-LT", "B-LTA");

    public static Option<Uri> Tsa() => Url("--tsa", "RFC 3161 timestamp authority URL (needed for B-T and higher)");

    /// <summary>An absolute http(s) URL option; anything else is a usage error.</summary>
    public static Option<Uri> Url(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (Uri.TryCreate(text, UriKind.Absolute, out Uri? url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            {
                return url;
            }

            result.AddError($"{name} '{text}' is not an absolute http or https URL.");
            return null;
        },
    };

    public static Option<FileInfo[]> Trust() => new("--trust")
    {
        Description = "Trust anchor: a PEM or DER certificate file, or a directory of them (repeatable)",
        Required = true,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string> At() => new("--at") { Description = "Validate at this ISO-8601 time instead of now" };

    public static Option<bool> Offline() => new("--offline") { Description = "Use only the data inside the signature: no network" };

    public static Option<bool> Json() => new("--json") { Description = "Print the report as JSON" };

    public static SignatureLevel ParseLevel(string level) => level switch
    {
        "B-B" => SignatureLevel.BaselineB,
        "B-T" => SignatureLevel.BaselineT,
        "B-LT" => SignatureLevel.BaselineLT,
        "B-LTA" => SignatureLevel.BaselineLTA,
        _ => throw CliException.Usage($"Unknown level '{level}'; use B-B, B-T, B-LT or B-LTA."),
    };

    public static HashAlgorithmName ParseHash(string hash) => hash.ToUpperInvariant() switch
    {
        "SHA256" or "SHA-256" => HashAlgorithmName.SHA256,
        "SHA384" or "SHA-384" => HashAlgorithmName.SHA384,
        "SHA512" or "SHA-512" => HashAlgorithmName.SHA512,
        _ => throw CliException.Usage($"Unknown hash '{hash}'; use SHA256, SHA384 or SHA512."),
    };

    public static DateTimeOffset? ParseTime(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw CliException.Usage($"--at '{value}' is not an ISO-8601 time (e.g. 2026-11-24T10:00:00Z).");
    }
}
