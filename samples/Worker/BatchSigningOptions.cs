namespace Bsre.Sdk.Samples.Worker;

/// <summary>The <c>Worker</c> configuration section.</summary>
public sealed class BatchSigningOptions
{
    /// <summary>The folder whose <c>*.pdf</c> files are signed.</summary>
    public string InputDirectory { get; set; } = string.Empty;

    /// <summary>Where the signed PDFs go (same file names); created when missing.</summary>
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>The PKCS#12 file with the signing key.</summary>
    public string Pkcs12Path { get; set; } = string.Empty;

    /// <summary>A file holding the PKCS#12 password (never put the password itself in configuration).</summary>
    public string PasswordFile { get; set; } = string.Empty;
}
