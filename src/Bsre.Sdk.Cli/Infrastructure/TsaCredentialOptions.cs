using System.CommandLine;
using Bsre.Sdk.Timestamping;

namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>
/// <c>--tsa-user U (--tsa-password-env V | --tsa-password-file F)</c>: HTTP Basic credentials for the <c>--tsa</c>
/// (BSrE's TSA asks for them). The password is never echoed.
/// </summary>
internal sealed class TsaCredentialOptions
{
    private readonly Option<string> _user = new("--tsa-user") { Description = "User name for the TSA's HTTP Basic authentication" };
    private readonly SecretOption _password = new("tsa-password", "TSA password (HTTP Basic)");

    public void AddTo(Command command)
    {
        command.Options.Add(_user);
        _password.AddTo(command);
    }

    /// <summary>Builds the TSA client for <paramref name="url"/> with the credentials, if given.</summary>
    public TimestampClient Client(HttpClient http, Uri url, ParseResult parse)
    {
        string? user = parse.GetValue(_user);
        string? password = _password.ReadOptional(parse);
        if ((user is null) != (password is null))
        {
            throw CliException.Usage("--tsa-user needs --tsa-password-env NAME or --tsa-password-file PATH, and they need --tsa-user.");
        }

        return new TimestampClient(http, new TimestampClientOptions { Url = url, Username = user, Password = password });
    }

    /// <summary>Rejects credentials given without a <c>--tsa</c> to send them to.</summary>
    public void RequireTsaFor(ParseResult parse, Uri? url)
    {
        if (url is null && (parse.GetValue(_user) is not null || _password.ReadOptional(parse) is not null))
        {
            throw CliException.Usage("--tsa-user and --tsa-password-* need --tsa URL.");
        }
    }
}
