using System.Security.Cryptography;

namespace Bsre.Sdk.Testing;

/// <summary>Generates random passwords for the test PKCS#12 files.</summary>
internal static class Passwords
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A cryptographically random alphanumeric password.</summary>
    internal static string Generate(int length = 20) => RandomNumberGenerator.GetString(Alphabet, length);
}
