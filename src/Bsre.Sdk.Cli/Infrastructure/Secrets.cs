using System.CommandLine;

namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>
/// A secret option pair (<c>--X-env NAME</c> or <c>--X-file PATH</c>): never a plain value, never echoed.
/// </summary>
internal sealed class SecretOption
{
    private readonly string _name;

    public SecretOption(string name, string what)
    {
        _name = name;
        FromEnvironment = new Option<string>($"--{name}-env") { Description = $"Name of the environment variable holding the {what}" };
        FromFile = new Option<FileInfo>($"--{name}-file") { Description = $"File holding the {what} (a trailing newline is ignored)" };
    }

    public Option<string> FromEnvironment { get; }

    public Option<FileInfo> FromFile { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(FromEnvironment);
        command.Options.Add(FromFile);
    }

    public string Read(ParseResult parse) => ReadOptional(parse)
        ?? throw CliException.Usage($"Give exactly one of --{_name}-env NAME or --{_name}-file PATH.");

    /// <summary>Reads the secret, or returns <see langword="null"/> when neither form was given.</summary>
    public string? ReadOptional(ParseResult parse)
    {
        string? variable = parse.GetValue(FromEnvironment);
        FileInfo? file = parse.GetValue(FromFile);
        if (variable is null && file is null)
        {
            return null;
        }

        if (variable is not null && file is not null)
        {
            throw CliException.Usage($"Give only one of --{_name}-env NAME or --{_name}-file PATH.");
        }

        if (variable is not null)
        {
            return Environment.GetEnvironmentVariable(variable)
                ?? throw CliException.Usage($"The environment variable named by --{_name}-env is not set.");
        }

        if (!file!.Exists)
        {
            throw new CliException(ExitCodes.NoInput, $"The --{_name}-file '{file.FullName}' does not exist.");
        }

        return File.ReadAllText(file.FullName).TrimEnd('\r', '\n');
    }
}
