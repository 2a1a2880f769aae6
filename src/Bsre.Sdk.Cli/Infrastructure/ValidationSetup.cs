using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>Builds validation options from the verify commands' options.</summary>
internal static class ValidationSetup
{
    public static SignatureValidationOptions Create(IEnumerable<FileInfo> trust, bool offline, DateTimeOffset? at)
    {
        var options = new SignatureValidationOptions { Offline = offline, ValidationTime = at };
        foreach (FileInfo anchor in trust)
        {
            if (!anchor.Exists && !Directory.Exists(anchor.FullName))
            {
                throw new CliException(ExitCodes.NoInput, $"The --trust path '{anchor.FullName}' does not exist.");
            }

            options.TrustAnchors.AddRange(CertificateFiles.Load(anchor.FullName));
        }

        if (options.TrustAnchors.Count == 0)
        {
            throw CliException.Usage("--trust named no certificate.");
        }

        return options;
    }
}
