using System.Security.Cryptography.X509Certificates;

namespace Bsre.Sdk.Validation;

/// <summary>Loads certificates (trust anchors, intermediates) from PEM or DER files and directories.</summary>
public static class CertificateFiles
{
    private static readonly string[] Extensions = [".pem", ".crt", ".cer", ".der"];

    /// <summary>
    /// Loads every certificate in a file (PEM with one or more certificates, or DER) or in the
    /// .pem/.crt/.cer/.der files of a directory.
    /// </summary>
    /// <param name="path">A file or a directory.</param>
    /// <returns>The certificates.</returns>
    /// <exception cref="FileNotFoundException">Nothing exists at <paramref name="path"/>.</exception>
    /// <exception cref="DocumentFormatException">A file holds no readable certificate.</exception>
    public static X509Certificate2Collection Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            var all = new X509Certificate2Collection();
            foreach (string file in Directory.EnumerateFiles(path).Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                all.AddRange(LoadFile(file));
            }

            return all;
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The certificate file '{path}' does not exist.", path);
        }

        return LoadFile(path);
    }

    private static X509Certificate2Collection LoadFile(string file)
    {
        try
        {
            var certificates = Internal.Certificates.LoadFile(file);
            return certificates.Count > 0 ? certificates : throw new DocumentFormatException($"'{file}' holds no certificate.");
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new DocumentFormatException($"'{file}' is not a PEM or DER certificate: {e.Message}", e);
        }
    }
}
