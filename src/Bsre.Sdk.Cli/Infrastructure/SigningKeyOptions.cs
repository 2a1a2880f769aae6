using System.CommandLine;
using Bsre.Sdk.Pkcs11;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>
/// Where a signing command finds its key: a PKCS#12 file (<c>--pfx</c> with <c>--password-env|-file</c>) or a PKCS#11 token
/// (<c>--pkcs11-module --pkcs11-token [--pkcs11-key]</c> with <c>--pin-env|-file</c>), exactly one of them.
/// </summary>
internal sealed class SigningKeyOptions
{
    private readonly SecretOption _password = new("password", "PKCS#12 password");
    private readonly SecretOption _pin = new("pin", "PKCS#11 token's user PIN");
    private readonly Option<FileInfo> _module = new("--pkcs11-module") { Description = "PKCS#11 module (the token vendor's .so/.dll) holding the key, instead of --pfx" };
    private readonly Option<string> _token = new("--pkcs11-token") { Description = "Label of the PKCS#11 token" };
    private readonly Option<string> _key = new("--pkcs11-key") { Description = "Label of the private key on the token (default: its only one); the certificate is the one with the key's CKA_ID" };

    /// <summary>Gets the <c>--pfx</c> option.</summary>
    public Option<FileInfo> Pfx { get; } = new("--pfx") { Description = "PKCS#12 file with the signing key and certificate (or use --pkcs11-module)" };

    /// <summary>Adds the password, PIN and PKCS#11 options (<see cref="Pfx"/> is added by the command itself).</summary>
    public void AddTo(Command command)
    {
        _password.AddTo(command);
        command.Options.Add(_module);
        command.Options.Add(_token);
        command.Options.Add(_key);
        _pin.AddTo(command);
    }

    /// <summary>Opens the key the options name.</summary>
    /// <exception cref="CliException">Neither or both kinds of key were given, or a file is missing.</exception>
    public Signer Open(ParseResult parse)
    {
        FileInfo? pfx = parse.GetValue(Pfx);
        FileInfo? module = parse.GetValue(_module);
        if ((pfx is null) == (module is null))
        {
            throw CliException.Usage("Give the signing key with either --pfx FILE or --pkcs11-module LIB --pkcs11-token LABEL.");
        }

        if (pfx is not null)
        {
            if (parse.GetValue(_token) is not null || parse.GetValue(_key) is not null)
            {
                throw CliException.Usage("--pkcs11-token and --pkcs11-key go with --pkcs11-module, not with --pfx.");
            }

            if (!pfx.Exists)
            {
                throw new CliException(ExitCodes.NoInput, $"The --pfx file '{pfx.FullName}' does not exist.");
            }

            return LocalSigner.FromPkcs12File(pfx.FullName, _password.Read(parse));
        }

        string token = parse.GetValue(_token) ?? throw CliException.Usage("--pkcs11-module needs --pkcs11-token LABEL.");
        var options = new Pkcs11SignerOptions { ModulePath = module!.FullName, TokenLabel = token, KeyLabel = parse.GetValue(_key) };
        return Pkcs11Signer.Open(options, _pin.Read(parse));
    }
}
